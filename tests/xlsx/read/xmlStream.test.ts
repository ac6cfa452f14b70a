import fc from 'fast-check';
import { ownString, readXml } from '../../../src/xlsx/read/xmlStream';

const escaped = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** What the handler is handed for one element with one attribute and one text. */
function handed(xml: string): { attribute: string | undefined; texts: string[] } {
  let attribute: string | undefined;
  const texts: string[] = [];
  readXml(new TextEncoder().encode(xml), {
    open(name, attributes) {
      if (name === 'c') attribute = attributes['ref'];
    },
    text(text) {
      texts.push(text);
    },
  });
  return { attribute, texts };
}

/** Characters a part may hold: CJK, punctuation, letters, a character outside the BMP; no control characters. */
const partText = fc.string({ unit: fc.constantFrom('a', 'Z', '9', ' ', '&', '<', '>', '"', '指', '标', '“', '”', '𠀋'), maxLength: 40 });

describe('readXml', () => {
  it('hands on texts and attribute values as written, short or long (texts of 13 characters and more are copied)', () => {
    fc.assert(fc.property(partText, partText, (value, text) => {
      const read = handed(`<root><c ref="${escaped(value)}">${escaped(text)}</c></root>`);
      expect(read.attribute).toBe(value);
      expect(read.texts.join('')).toBe(text);
    }));
  });

  it('copies a string into one equal to it, whatever its length', () => {
    fc.assert(fc.property(partText, (text) => {
      expect(ownString(text)).toBe(text);
    }));
  });

  it('hands on a CDATA section and the text around it as written', () => {
    const long = '规划主要指标完成情况表“十四五”';
    expect(handed(`<root><c ref="A1:B2 C3:D4 E5">${long}<![CDATA[<b>${long}</b>]]></c></root>`)).toEqual({
      attribute: 'A1:B2 C3:D4 E5',
      texts: [long, `<b>${long}</b>`],
    });
  });
});
