/** Minimal typing of datapackage (Frictionless's JavaScript library; the package ships none). */
declare module 'datapackage' {
  export class Resource {
    readonly name: string;
    readonly tabular: boolean;
    readonly descriptor: Record<string, unknown>;
    /** Reads every row, cast to the schema's types; throws on the first row or value that does not fit. */
    read(options?: { keyed?: boolean; cast?: boolean }): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    /** Loads a descriptor and validates it against its profile (errors listed in `errors`). */
    static load(descriptor: object | string, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly profile: { name: string };
    readonly resources: Resource[];
  }
}
