export interface DevServer {
  /** Where the page is, e.g. http://127.0.0.1:5173. */
  url: string;
  close(): Promise<void>;
}
export declare function startDevServer(settings: {
  gatehouseUrl: string;
  port?: number;
  host?: string;
}): Promise<DevServer>;
