import * as core from '@actions/core';
import { visibleLine } from '../report/visible-text.js';
import { neutralizeWorkflowCommands } from '../report/workflow-commands.js';

/** Every line the action logs may carry repository text (names, tags, messages), so none may run a command. */
export function logInfo(text: string): void {
  core.info(neutralizeWorkflowCommands(text));
}

/**
 * One progress event of apply or drift, kept on one line: an AWS message holding a line break (AWS error messages
 * echo request values) must not print a line that reads as another event, such as `✓ …`.
 */
export function logProgress(text: string): void {
  logInfo(visibleLine(text));
}
