/** Types of manifestForHost.js (plain CommonJS: webpack.config.js requires it). */
export declare const DEV_BASE: string;
export declare function normalisedHost(host: string): string;
export declare function manifestForHost(xml: string, host: string): string;
