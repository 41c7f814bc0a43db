export declare const EXTERNAL: string[];
export declare function bundle(options: { entry: string; outfile: string; header?: string[] }): Promise<void>;
