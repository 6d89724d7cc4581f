// @ts-nocheck
import type { CommandSpec } from '../src/core/command.ts';
import { actie } from './actie/index.ts';
import { acties } from './actie/list.ts';
import { advies } from './advies/index.ts';
import { afspraak } from './afspraak/index.ts';
import { besluit } from './besluit/index.ts';
import { budget } from './budget.ts';
import { digest } from './digest/index.ts';
import { evaluatie } from './evaluatie/index.ts';
import { helpCommand } from './help.ts';
import { jaarverslag } from './jaarverslag/index.ts';
import { lid } from './lid/index.ts';
import { notitie } from './notitie/index.ts';
import { ontwikkeling } from './ontwikkeling/index.ts';
import { overleg } from './overleg/index.ts';
import { peiling } from './peiling/index.ts';
import { privacy } from './privacy/index.ts';
import { uitgave } from './uitgave/index.ts';
import { website } from './website/index.ts';

/** Every command the bot knows, in the order `/help` lists them. */
export const commands: readonly CommandSpec[] = [
  advies,
  besluit,
  uitgave,
  budget,
  afspraak,
  overleg,
  actie,
  acties,
  peiling,
  notitie,
  ontwikkeling,
  digest,
  jaarverslag,
  lid,
  evaluatie,
  privacy,
  website,
  helpCommand(() => commands),
];
