/**
 * The national reference pinned inside the project (`reference/<id>/manifest.json`): every
 * commune-level unit of the 34 provinces with its polygon, the provinces, the provinces before
 * 1 July 2025, and the changes made after the list came into force — with the snapshot they come
 * from, their licences and checksums. `npm run area` builds any province's data folder from it,
 * with neither ../shared nor a network (docs/reference-data.md).
 */
import { z } from 'zod';
import { IsoDateSchema } from './keys';
import { SourceSchema } from './sources';

/** A file of the reference folder and the sha256 of its content (of the uncompressed bytes for `.gz`). */
const ReferenceFileSchema = z.object({
  /** File name inside the reference folder, e.g. `units.csv` or `communes.topojson.gz`. */
  file: z.string().regex(/^[a-z0-9.-]+$/, 'must be a file name of the reference folder, e.g. units.csv'),
  /** Lowercase hex sha256 of the (uncompressed) content, checked before every use. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex sha256'),
});

export const ReferenceManifestSchema = z.object({
  /** The reference's id, the name of its folder, e.g. `vn-2025`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** English one-line description, for developers' messages. */
  title: z.string().min(1),
  /** The public snapshot the files were made from. */
  snapshot: z.object({
    /** Repository, e.g. `thanglequoc/vietnamese-provinces-database`. */
    repository: z.string().min(1),
    /** Full commit hash the files were made from. */
    commit: z.string().regex(/^[0-9a-f]{40}$/),
    /** Date of that commit; the units and boundaries are as of this date. */
    date: IsoDateSchema,
    /** The script that made the files from the snapshot (in this folder). */
    tool: z.string().min(1),
  }),
  /** The unit list's date and first day in force (the vintage a province's data folder gets). */
  listDate: IsoDateSchema,
  /** Credit of the unit list, as units.json's `source` writes it (Vietnamese). */
  unitListCredit: z.string().min(1),
  /** Credit of the boundaries, as area.json's `boundarySource` writes it (Vietnamese). */
  boundaryCredit: z.string().min(1),
  /** The act that made the 34 provinces of the 63 (former-provinces.csv), in Vietnamese. */
  provincesAct: z.string().min(1),
  /** Sources and licences, copied into each province's `vintages/<id>/sources.json`. */
  sources: z.object({
    units: z.array(SourceSchema).min(1),
    boundaries: z.array(SourceSchema).min(1),
    population: z.array(SourceSchema).min(1),
  }),
  /** The files and their checksums: units, provinces, communes, formerProvinces, changes. */
  files: z.object({
    units: ReferenceFileSchema,
    provinces: ReferenceFileSchema,
    communes: ReferenceFileSchema,
    formerProvinces: ReferenceFileSchema,
    changes: ReferenceFileSchema,
  }),
});
export type ReferenceManifest = z.infer<typeof ReferenceManifestSchema>;
