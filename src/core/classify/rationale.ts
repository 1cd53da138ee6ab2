// Two or three plain sentences a person can check against the tool: what it does and
// why that category, why that risk, and what the server's annotations said.
import type { Evidence } from './evidence.ts';
import type { Decision } from './decide.ts';

/** Names are attacker-controlled: keep them short and free of backticks in prose. */
function quoteName(name: string): string {
  const clean = name.replace(/[`\r\n]/g, '').slice(0, 80);
  return `\`${clean}${name.length > 80 ? '…' : ''}\``;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function annotationSentence(ev: Evidence, decision: Decision): string {
  if (decision.conflicts.length > 0) return decision.conflicts.join(' ');
  const a = ev.annotations;
  if (!a.declared) return 'The server does not annotate it.';
  const declared: string[] = [];
  if (a.readOnly !== undefined) declared.push(`readOnlyHint: ${a.readOnly}`);
  if (a.destructive !== undefined) declared.push(`destructiveHint: ${a.destructive}`);
  if (declared.length === 0) return 'The server annotates it, but declares neither readOnlyHint nor destructiveHint.';
  // destructiveHint: true is what MCP assumes of any tool that is not read-only, so servers set it on
  // ordinary edits too; the text decides, and the sentence must not call the hint an agreement.
  if (a.destructive === true && decision.category !== 'destructive' && a.readOnly !== true) {
    const kept = decision.category === 'read' ? 'a read' : decision.category === 'execute' ? 'an execute tool' : `a ${decision.category} tool`;
    return `The server declares destructiveHint: true, which MCP assumes of any tool that is not read-only; nothing in its name or description says it destroys anything, so it is kept as ${kept}.`;
  }
  return `The server declares ${declared.join(' and ')}, which is consistent with this.`;
}

export function rationale(name: string, ev: Evidence, decision: Decision): string {
  const first = `${quoteName(name)} is ${decision.category === 'execute' ? 'an execute' : `a ${decision.category}`} tool: ${decision.categoryWhy}.`;
  const second = `${capitalise(decision.risk)} risk: ${decision.riskWhy}.`;
  return `${first} ${second} ${annotationSentence(ev, decision)}`;
}
