import JSZip from 'jszip';

/** A cell of a test document's table: text, and a span over columns or the start/continuation of a merge down. */
export interface DocxCell {
  text: string;
  gridSpan?: number;
  vMerge?: 'restart' | 'continue';
}

export type DocxBlock = { paragraph: string } | { table: DocxCell[][] };

const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

function cellXml(cell: DocxCell): string {
  const props = `${cell.gridSpan === undefined ? '' : `<w:gridSpan w:val="${cell.gridSpan}"/>`}${cell.vMerge === undefined ? '' : `<w:vMerge w:val="${cell.vMerge}"/>`}`;
  return `<w:tc><w:tcPr>${props}</w:tcPr><w:p><w:r><w:t>${escape(cell.text)}</w:t></w:r></w:p></w:tc>`;
}

/** A real .docx (WordprocessingML in a zip) with the given paragraphs and tables, as Word writes the essentials. */
export async function docxBytes(blocks: readonly DocxBlock[]): Promise<Buffer> {
  const body = blocks.map((block) => ('paragraph' in block
    ? `<w:p><w:r><w:t>${escape(block.paragraph)}</w:t></w:r></w:p>`
    : `<w:tbl>${block.table.map((row) => `<w:tr>${row.map(cellXml).join('')}</w:tr>`).join('')}</w:tbl>`)).join('');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}
