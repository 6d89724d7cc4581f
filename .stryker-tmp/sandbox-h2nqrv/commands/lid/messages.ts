// @ts-nocheck
import type { Lang } from '../../src/i18n/lang.ts';

const nl = {
  whatMember: 'het lid, met id of naam (zoals fatima of "Fatima El Amrani")',
  unknownMember: (word: string) =>
    `'${word}' ken ik niet als lid. Typ /lid om te zien wie er in de ledenlijst staat.`,
  whatDate: 'de dag waarop de verklaring is getekend (zoals 2026-12-05)',
  newId: 'een id voor het nieuwe lid: kleine letters, cijfers, punt of streepje (zoals fatima)',
  newName: 'de naam, tussen aanhalingstekens (zoals "Fatima El Amrani")',
  badId: (id: string) =>
    `'${id}' kan geen id zijn: gebruik kleine letters, cijfers, punt, streepje of liggend streepje (zoals fatima).`,
  idTaken: (id: string, name: string) => `Er is al een lid met id ${id} (${name}). Kies een ander id.`,
  nameTooLong: 'Die naam is te lang: schrijf hoogstens 100 tekens.',
  missingRoles: (roles: string) => `Geef de rollen met rol:, zoals rol:panel. Rollen: ${roles}.`,
  unknownRole: (role: string, meant: string, roles: string) =>
    `Rol '${role}' ken ik niet.${meant ? ` Bedoel je ${meant}?` : ''} Rollen: ${roles}.`,
  badSlack: (value: string) => `'${value}' is geen Slack-gebruikers-id. Schrijf het zoals slack:U012AB3CD.`,
  badMatrix: (value: string) => `'${value}' is geen Matrix-id. Schrijf het zoals matrix:@anna:example.org.`,
  badDate: (value: string) =>
    `'${value}' is geen datum. Schrijf de dag waarop de verklaring is getekend, zoals 2026-12-05.`,
  futureDate: (date: string) =>
    `${date} ligt in de toekomst. Schrijf de dag waarop de verklaring is getekend; vandaag of eerder.`,
  yesNo: (value: string) => `Schrijf ja of nee, niet '${value}'.`,
  accountTwice: (account: string, other: string) =>
    `${account} hoort al bij ${other}. Eén account hoort bij één lid.`,
  noChair:
    'Dan heeft niemand meer de rol voorzitter of secretaris, en kan niemand de ledenlijst nog bijhouden.',
  noChange: (name: string) => `Voor ${name} verandert er niets.`,
  nothingToChange: 'Geef wat er verandert: slack:, matrix: of allebei.',
  added: (name: string, id: string, roles: string) =>
    `✅ ${name} (${id}) staat in de ledenlijst, met de rol ${roles}. Dat geldt meteen.`,
  rolesSet: (name: string, roles: string) => `✅ ${name} heeft nu de rol ${roles}.`,
  removed: (name: string) =>
    `✅ ${name} staat niet meer in de ledenlijst en kan de bot niet meer gebruiken. Wat ${name} deed, blijft bewaard.`,
  declared: (name: string, date: string) => `✅ ${name} tekende de geheimhoudingsverklaring op ${date}.`,
  named: (name: string, yes: boolean) =>
    yes
      ? `✅ ${name} mag op de website genoemd worden (naam en rol).`
      : `✅ ${name} wordt niet meer op de website genoemd.`,
  accountsSet: (name: string) => `✅ De accounts van ${name} zijn bijgewerkt.`,
  title: (count: number) => `👥 Ledenlijst (${count})`,
  line: (name: string, id: string, roles: string, declaration: string, accounts: string) =>
    `${name} (${id}): ${roles}; ${declaration}${accounts}`,
  declaration: (date: string) => `geheimhouding getekend op ${date}`,
  noDeclaration: 'geheimhouding niet getekend',
  publicName: '; op de website',
  accounts: (list: string) => `; ${list}`,
  hint: 'Wijzigen: /lid nieuw, /lid rol, /lid weg, /lid geheimhouding, /lid openbaar, /lid account (voorzitter of secretaris).',
  hiddenAccounts: 'Accounts staan hier niet: dit kanaal is openbaar.',
};

type LidMessages = typeof nl;

const en: LidMessages = {
  whatMember: 'the member, by id or name (like fatima or "Fatima El Amrani")',
  unknownMember: (word) => `I do not know '${word}' as a member. Type /member to see who is on the roster.`,
  whatDate: 'the day the declaration was signed (like 2026-12-05)',
  newId: 'an id for the new member: lower-case letters, digits, full stop or hyphen (like fatima)',
  newName: 'the name, in quotes (like "Fatima El Amrani")',
  badId: (id) =>
    `'${id}' cannot be an id: use lower-case letters, digits, full stop, hyphen or underscore (like fatima).`,
  idTaken: (id, name) => `There is already a member with id ${id} (${name}). Choose another id.`,
  nameTooLong: 'That name is too long: write at most 100 characters.',
  missingRoles: (roles) => `Give the roles with role:, like role:panel. Roles: ${roles}.`,
  unknownRole: (role, meant, roles) =>
    `I do not know the role '${role}'.${meant ? ` Did you mean ${meant}?` : ''} Roles: ${roles}.`,
  badSlack: (value) => `'${value}' is not a Slack user id. Write it like slack:U012AB3CD.`,
  badMatrix: (value) => `'${value}' is not a Matrix id. Write it like matrix:@anna:example.org.`,
  badDate: (value) => `'${value}' is not a date. Write the day the declaration was signed, like 2026-12-05.`,
  futureDate: (date) =>
    `${date} is in the future. Write the day the declaration was signed; today or earlier.`,
  yesNo: (value) => `Write yes or no, not '${value}'.`,
  accountTwice: (account, other) =>
    `${account} already belongs to ${other}. One account belongs to one member.`,
  noChair: 'Then nobody would have the role chair or secretary, and nobody could keep the roster.',
  noChange: (name) => `Nothing changes for ${name}.`,
  nothingToChange: 'Say what changes: slack:, matrix: or both.',
  added: (name, id, roles) =>
    `✅ ${name} (${id}) is on the roster, with the role ${roles}. This holds at once.`,
  rolesSet: (name, roles) => `✅ ${name} now has the role ${roles}.`,
  removed: (name) =>
    `✅ ${name} is no longer on the roster and can no longer use the bot. What ${name} did is kept.`,
  declared: (name, date) => `✅ ${name} signed the confidentiality declaration on ${date}.`,
  named: (name, yes) =>
    yes
      ? `✅ ${name} may be named on the website (name and role).`
      : `✅ ${name} is no longer named on the website.`,
  accountsSet: (name) => `✅ The accounts of ${name} are updated.`,
  title: (count) => `👥 Roster (${count})`,
  line: (name, id, roles, declaration, accounts) => `${name} (${id}): ${roles}; ${declaration}${accounts}`,
  declaration: (date) => `confidentiality signed on ${date}`,
  noDeclaration: 'confidentiality not signed',
  publicName: '; on the website',
  accounts: (list) => `; ${list}`,
  hint: 'Change: /member new, /member role, /member remove, /member declaration, /member public, /member account (chair or secretary).',
  hiddenAccounts: 'Accounts are not shown here: this channel is public.',
};

export const lidMessages: Record<Lang, LidMessages> = { nl, en };
