import * as core from '@actions/core';
import { neutralizeWorkflowCommands } from '../report/workflow-commands.js';

/** Every line the action logs may carry repository text (names, tags, messages), so none may run a command. */
export function logInfo(text: string): void {
  core.info(neutralizeWorkflowCommands(text));
}
