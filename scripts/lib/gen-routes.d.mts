/** TypeScript source of the zod route definitions for an OpenAPI document; throws on what it does not understand. */
export function generateRoutes(doc: Record<string, unknown>): string;
