/**
 * The workflow commands a run wrote to its log (`::error title=...::message`), read back the way
 * the runner reads them: name, properties and message, with @actions/core's escapes undone.
 */

export interface WorkflowCommand {
  name: string;
  properties: Record<string, string>;
  message: string;
}

const unescapeData = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string): string => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/** Every line of `stdout` that starts a workflow command, parsed. */
export function commandsOf(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::([a-z-]+)( [^:]*)?::(.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').trim().split(',').filter(Boolean)) {
      const at = pair.indexOf('=');
      properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1));
    }
    commands.push({ name: m[1]!, properties, message: unescapeData(m[3] ?? '') });
  }
  return commands;
}

/** The annotations of one kind whose title starts with `title`. */
export function annotations(stdout: string, name: 'error' | 'warning', title: string): WorkflowCommand[] {
  return commandsOf(stdout).filter((c) => c.name === name && (c.properties.title ?? '').startsWith(title));
}

/** The step's failure message: the `::error::` command without properties. */
export function failureMessage(stdout: string): string | undefined {
  return commandsOf(stdout).find((c) => c.name === 'error' && Object.keys(c.properties).length === 0)?.message;
}

/** The poll lines of the log. */
export function pollLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => /^poll \d+ · /.test(l));
}
