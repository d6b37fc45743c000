export declare const AJV_OPTIONS: Readonly<{
  strict: true;
  allErrors: true;
  verbose: true;
  allowUnionTypes: true;
  $data: false;
  coerceTypes: false;
  useDefaults: false;
  removeAdditional: false;
}>;
