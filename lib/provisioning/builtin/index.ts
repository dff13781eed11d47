export { BUILT_IN_MODELS } from './models';
export type { BuiltInCommonFile, BuiltInModel, BuiltInRule, BuiltInTemplate } from './types';
