// Types of the build script's exports that tests reuse (the ajv set-up and the schema list).
import type Ajv2020 from 'ajv/dist/2020.js';

export declare function createAjv(options?: Record<string, unknown>): Ajv2020;
export declare function loadSchemas(): Promise<{ file: string; validator: string; type: string; schema: Record<string, unknown> }[]>;
