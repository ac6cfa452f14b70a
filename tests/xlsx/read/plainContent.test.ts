/**
 * A worksheet read plainly where it is plain (src/xlsx/read/plainContent.ts, readXmlWithin): the handler is handed
 * what saxes alone hands it (readXml), event for event, and a part saxes refuses is refused with saxes's own words —
 * on a real return's sheets and on those sheets with things written into them that the plain reading does not take
 * (comments, CDATA, character references, carriage returns, tags out of order, duplicate attributes, characters
 * outside the BMP, namespaces declared below the root). A handler that stops reading part way stops at the same event.
 */
import fc from 'fast-check';
import { readXml, readXmlWithin, type XmlHandler } from '../../../src/xlsx/read/xmlStream';
import { template, YUECHENG } from '../../support/xlsx/filledReturns';
import { partText } from '../../support/xlsx/zipFixtures';

class Stop extends Error {}

/** A handler writing every event down (attributes as their entries, and what looking up names of Object's prototype gives). */
function recorder(log: string[], stopAfter: number): XmlHandler {
  const note = (line: string) => {
    log.push(line);
    if (log.length === stopAfter) throw new Stop(`stopped at ${line}`);
  };
  return {
    open(name, attributes, namespace) {
      const prototypeNames = ['constructor', 'toString', '__proto__', 'hasOwnProperty'].map((key) => `${key}:${String(attributes[key])}:${String(key in attributes)}`);
      note(`open ${name} ${namespace} ${JSON.stringify(Object.entries(attributes))} ${prototypeNames.join(',')}`);
    },
    text(text) {
      note(`text ${JSON.stringify(text)}`);
    },
    close(name) {
      note(`close ${name}`);
    },
    end() {
      note('end');
    },
  };
}

type Outcome = { log: string[]; error: string | null };

function outcome(read: (log: string[]) => void): Outcome {
  const log: string[] = [];
  try {
    read(log);
    return { log, error: null };
  } catch (error) {
    return { log, error: `${(error as Error).constructor.name}: ${(error as Error).message}` };
  }
}

function bothWays(xml: string, element: string, stopAfter = 0): { saxes: Outcome; plain: Outcome } {
  const bytes = new TextEncoder().encode(xml);
  const saxes = outcome((log) => readXml(bytes, recorder(log, stopAfter)));
  const plain = outcome((log) => readXmlWithin(bytes, element, () => {
    log.length = 0;
    return recorder(log, stopAfter);
  }));
  return { saxes, plain };
}

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/**
 * Cells of every kind a return has and some it may have: inline rich text, formulas with entities, CJK, quotes. Each
 * '§' is a place where the tests write something in: in a value, a text, an attribute value, between attributes, after
 * a tag's name, between cells and rows, in the close tags, in the formulas and attributes after the cells.
 */
const MARKED = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet ${MAIN}><dimension ref="A1:C3"/><sheetData>§<row r="1" spans="1:3"§><c r="A1" s="1" t="s"><v>§0</v></c>§<c r="B1" t="inlineStr"><is><r><rPr><color rgb="FFFFFFFF"/><sz val="2"/></rPr><t xml:space="preserve"> 隐藏 &amp; 显示§ </t></r><rPh><t>ｙ</t></rPh></is></c><c§ r='C1' t="str"><f>IF(A1&gt;0,"是","否（）")§</f><v>是</v></c></row>
<row r="2" hidden="1"><c r="A2"><f t="shared" ref="A2:A3" si="0">A1+1</f><v>1</v></c><c r="B2" t="e"§ s="3"><v>#DIV/0!</v></c§></row><row r="3"><c r="A3§"><f t="shared" si="0"/><v>2</v></c><c r="B3" s="2"/§></row>§</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><conditionalFormatting sqref="A1:A3"><cfRule type="expression" dxfId="0" priority="1"><formula>AND(A1&lt;&gt;""§,A1&lt;0)</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="decimal" operator="greaterThanOrEqual" allowBlank="1" prompt="请填写（不超过50字）§" sqref="A1:A3"><formula1>0</formula1></dataValidation></dataValidations><legacyDrawing r:id="rId1"/></worksheet>`;
const HANDMADE = MARKED.replaceAll('§', '');
/** MARKED with `text` written at its `place`-th mark, the others removed. */
const writtenAt = (place: number, text: string) => MARKED.split('§').map((piece, index) => (index === 0 ? piece : `${index - 1 === place ? text : ''}${piece}`)).join('');
const PLACES = MARKED.split('§').length - 1;

/** What is written into a sheet to break the plain reading (or saxes): each is read by saxes alone or refused by it. */
const BREAKERS = [
  '<!-- a comment -->', '<![CDATA[<b>x</b>]]>', '&#65;', '&#x1F600;', '&bogus;', '&amp;', '\r', '\r\n', '\t', '\n', '>', ']]>', '<', '&', '"', "'",
  '𠀋', '\uFFFE', '\uFFFD', '\u0001', '</c>', '</row>', '<c r="Z9">', '<c r="Z9"/>', ' a="1"', ' r="A1"', ' a=1', ' a = "1"', '/', '=', ' ',
  ' xmlns:y="urn:y"', '<y:c r="A1"/>', '<c xmlns="urn:y"/>', '<?pi data?>', '<sheetData>', '</sheetData>', '<worksheet>', '</worksheet>',
  '<!DOCTYPE x>', '<a:b/>', '<_x/>', '<1x/>', '< c/>', '<c/ >', '</ c>', '<c></c >', 'é', '﻿',
];

let real: string[] = [];

beforeAll(async () => {
  const { bytes } = await template(YUECHENG, 2024);
  real = await Promise.all(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'].map((name) => partText(bytes, name)));
});

describe('a worksheet read plainly', () => {
  it('hands on what saxes hands on, for a real return\'s sheets and a handmade one', () => {
    for (const xml of [...real, HANDMADE]) {
      const { saxes, plain } = bothWays(xml, 'worksheet');
      expect(saxes.error).toBeNull();
      expect(plain).toEqual(saxes);
      expect(saxes.log.length).toBeGreaterThan(20);
    }
  });

  it('reads the cells only, when asked for sheetData, the same', () => {
    for (const xml of [...real, HANDMADE]) {
      const { saxes, plain } = bothWays(xml, 'sheetData');
      expect(plain).toEqual(saxes);
    }
  });

  it('hands on the same events, or refuses with saxes\'s words, whatever is written wherever in a sheet', () => {
    let refused = 0;
    for (const text of BREAKERS) {
      for (let place = 0; place < PLACES; place++) {
        for (const element of ['worksheet', 'sheetData']) {
          const { saxes, plain } = bothWays(writtenAt(place, text), element);
          expect({ text, place, element, ...plain }).toEqual({ text, place, element, ...saxes });
          if (saxes.error !== null) refused += 1;
        }
      }
    }
    // Both kinds are met: what saxes reads and what it refuses.
    expect(refused).toBeGreaterThan(100);
    expect(refused).toBeLessThan(BREAKERS.length * PLACES * 2 - 100);
  });

  it('the same with several things written at random places, and a handler stopping at the same event', () => {
    const document = fc.constantFrom(HANDMADE, ...real);
    const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), insert: fc.constantFrom(...BREAKERS), cut: fc.nat(3) });
    const stop = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2000 }));
    fc.assert(fc.property(document, fc.array(edit, { minLength: 1, maxLength: 3 }), stop, fc.constantFrom('worksheet', 'sheetData'), (base, edits, stopAfter, element) => {
      let xml = base;
      for (const { at, insert, cut } of edits) {
        const where = Math.floor(at * xml.length);
        xml = xml.slice(0, where) + insert + xml.slice(where + cut);
      }
      const { saxes, plain } = bothWays(xml, element, stopAfter);
      expect(plain).toEqual(saxes);
    }), { numRuns: 300 });
  });

  it('takes an element of that name only where it is one (not in a comment, nor self-closing, nor prefixed)', () => {
    const sheet = (before: string, cells: string) => `<?xml version="1.0"?><worksheet ${MAIN}>${before}${cells}</worksheet>`;
    for (const xml of [
      sheet('<!-- <sheetData> -->', '<sheetData><row r="1"/></sheetData>'),
      sheet('', '<sheetData/>'),
      sheet('', '<x:sheetData xmlns:x="urn:x"><row/></x:sheetData>'),
      sheet('<sheetDataX a="1"/>', '<sheetData><row r="1"/></sheetData>'),
      sheet('', '<sheetData a=">"><row r="1"/></sheetData>'),
    ]) {
      const { saxes, plain } = bothWays(xml, 'sheetData');
      expect(plain).toEqual(saxes);
    }
  });
});
