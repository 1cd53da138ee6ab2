import { toolPolicy, BUILTIN_DEFAULTS, validatePolicy } from '../../src/core/policy/index.ts';
import * as S from './fixtures/servers.ts';
const srv = (S as any)[process.argv[2] ?? 'stripe'];
for (const t of srv.tools.slice(0, Number(process.argv[3] ?? 2))) {
  const p = toolPolicy(srv, t, BUILTIN_DEFAULTS);
  for (const s of [p.recommended, ...p.alternatives]) { console.log(`--- ${t.name} [${s.id}] ${s.label}\n${s.summary}\n${s.yaml}`, validatePolicy(s.yaml)); }
  console.log('notes', p.notes);
}
