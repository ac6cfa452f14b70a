// `exceljs` for jest (jest.config.js maps the name here): the same exports, with ExcelJS's streaming reader and
// writer (`ExcelJS.stream`, which nothing here uses) loaded when first read. ExcelJS's node entry
// (lib/exceljs.nodejs.js) requires them at once, and with them archiver, unzipper and bluebird: more than half of the
// ~0.5 s of CPU that loading ExcelJS costs in each test file's fresh module registry. Workbook, ModelContainer and
// the enums are ExcelJS's own modules, loaded as its entry loads them. If the entry is not the one this mirrors
// (another ExcelJS version), it is loaded whole (slower, same exports). Decision 0208.
const fs = require('node:fs');
const path = require('node:path');

const lib = path.join(__dirname, '../../../node_modules/exceljs/lib');
const entry = path.join(lib, 'exceljs.nodejs.js');

const MIRRORED = `const ExcelJS = {
  Workbook: require('./doc/workbook'),
  ModelContainer: require('./doc/modelcontainer'),
  stream: {
    xlsx: {
      WorkbookWriter: require('./stream/xlsx/workbook-writer'),
      WorkbookReader: require('./stream/xlsx/workbook-reader'),
    },
  },
};

Object.assign(ExcelJS, require('./doc/enums'));

module.exports = ExcelJS;
`;

if (fs.readFileSync(entry, 'utf8').replace(/\r\n/gu, '\n') !== MIRRORED) {
  module.exports = require(entry);
} else {
  const xlsx = {};
  Object.defineProperty(xlsx, 'WorkbookWriter', { enumerable: true, get: () => require(path.join(lib, 'stream/xlsx/workbook-writer')) });
  Object.defineProperty(xlsx, 'WorkbookReader', { enumerable: true, get: () => require(path.join(lib, 'stream/xlsx/workbook-reader')) });
  const ExcelJS = {
    Workbook: require(path.join(lib, 'doc/workbook')),
    ModelContainer: require(path.join(lib, 'doc/modelcontainer')),
    stream: { xlsx },
  };
  Object.assign(ExcelJS, require(path.join(lib, 'doc/enums')));
  module.exports = ExcelJS;
}

// ExcelJS 4.4 saves the number format of a conditional format it loaded as "[object Object]"; the product's loader
// (src/xlsx/loadWorkbook.ts) gives it back as text, and so does every load a test makes with ExcelJS itself, so that a
// test's own edit of a generated return (a value typed, a 说明 written) does not also change the return's form.
const XLSX = require(path.join(lib, 'xlsx/xlsx'));
const { keepConditionalNumberFormats } = require('../../../src/xlsx/conditionalNumberFormats');
const load = XLSX.prototype.load;
XLSX.prototype.load = async function loadKeepingConditionalNumberFormats(...args) {
  const workbook = await load.apply(this, args);
  keepConditionalNumberFormats(workbook);
  return workbook;
};
