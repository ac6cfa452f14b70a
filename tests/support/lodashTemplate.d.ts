/** lodash's template, as html-webpack-plugin renders the pages (lodash ships no types; only the help page test uses it). */
declare module 'lodash/template' {
  export default function template(text: string): (data: object) => string;
}
