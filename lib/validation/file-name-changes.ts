import { z } from 'zod';
import { id } from './common';
import { filenameRuleSchema } from './entities';

/** The rule a preview names files by: the rule form's fields without its name. */
const ruleFacts = filenameRuleSchema.omit({ name: true });

/**
 * The query of the old → new file names preview (`/api/console/file-name-changes`): either a rule being
 * edited (`ruleId`: every model using it) or a model being given another rule (`modelId`), and the rule
 * to name the files by.
 */
export const fileNameChangesQuerySchema = z.union([ruleFacts.extend({ ruleId: id }), ruleFacts.extend({ modelId: id })]);

export type FileNameChangesQuery = z.infer<typeof fileNameChangesQuerySchema>;
