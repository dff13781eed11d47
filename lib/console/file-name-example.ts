import { deviceFileName, type FilenameRuleFacts } from '@/lib/provisioning/file-name';

/** The MAC the console uses to show what a file-name rule produces (pure: safe in client components). */
export const EXAMPLE_MAC = '001565aabbcc';

/** What a rule names the file of a phone with EXAMPLE_MAC, e.g. `snomD785-001565AABBCC.htm`. */
export const exampleFileName = (rule: FilenameRuleFacts) => deviceFileName(rule, EXAMPLE_MAC);
