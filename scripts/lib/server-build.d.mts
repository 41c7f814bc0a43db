export declare const outfile: string;
export declare function fingerprint(): string;
export declare function builtFingerprint(): string | undefined;
export declare function build(print: string): Promise<void>;
export declare function ensureBuilt(options?: { force?: boolean }): Promise<void>;
