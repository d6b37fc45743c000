import { policyPresetFiles, standardPresetFiles } from './presetFiles.generated';

/** One shipped YAML file: its text and the path diagnostics name (inside the installed package). */
export interface PresetFile {
  path: string;
  text: string;
}

/** Policies and standards given to the engine as parents and context, before a project's own files. */
export interface PresetSources {
  policies: readonly PresetFile[];
  standards: readonly PresetFile[];
}

/**
 * The baseline policies and the standards that ship with @stepwise/policy, as text (parsed by the
 * same loaders as a user's files). The module is generated at build time from this repository's
 * policy/ and policy/standards/ folders (scripts/generatePresets.mjs); its presets/ folder holds the
 * same files for reading.
 */
export const shippedPresets: PresetSources = { policies: policyPresetFiles, standards: standardPresetFiles };

/** No presets: a project that resolves ids only among its own files. */
export const noPresets: PresetSources = { policies: [], standards: [] };
