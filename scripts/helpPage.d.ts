/** Types of helpPage.js (plain CommonJS: webpack.config.js requires it). */
export declare function statusLegend(): Array<{ key: string; name: string; meaning: string }>;
export declare function swatchCss(): string;
export declare function officeMessages(): { failed: string; timeout: string };
