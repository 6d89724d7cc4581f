// @ts-nocheck
import type { Lang } from '../../src/i18n/lang.ts';

/** Why the crypto store cannot be used, and what the administrator can do: said once, at start. */
export const encryptionTexts = {
  nl: {
    noDevice:
      'MATRIX_ACCESS_TOKEN hoort niet bij een apparaat, dus versleuteling kan niet. Maak het token met een gewone login (zie de README).',
    otherDevice: (folder: string, stored: string, storedUser: string, device: string, user: string) =>
      `De crypto-opslag in ${folder} hoort bij apparaat ${stored} van ${storedUser}, maar MATRIX_ACCESS_TOKEN hoort bij apparaat ${device} van ${user}. ` +
      `Gebruik weer het toegangstoken van apparaat ${stored}. Wil je echt een nieuw apparaat, zet dan de map ${folder} opzij (bewaar hem) en start opnieuw; oudere versleutelde berichten kan de bot dan niet lezen.`,
    lostStore: (folder: string, device: string) =>
      `Er is geen crypto-opslag in ${folder}, maar de homeserver kent apparaat ${device} al met sleutels. ` +
      'Zet de map terug uit de reservekopie (met dezelfde MATRIX_STORE_KEY). Is hij echt kwijt, log dan opnieuw in voor een nieuw apparaat (nieuw MATRIX_ACCESS_TOKEN) en start opnieuw; oudere versleutelde berichten kan de bot dan niet lezen.',
    wrongKey: (folder: string) =>
      `MATRIX_STORE_KEY past niet bij de crypto-opslag in ${folder}. Zet de sleutel terug waarmee die opslag is gemaakt. ` +
      `Ben je die sleutel kwijt, log dan opnieuw in voor een nieuw apparaat (nieuw MATRIX_ACCESS_TOKEN) en zet de map ${folder} opzij; oudere versleutelde berichten kan de bot dan niet lezen.`,
    storeOfOtherDevice: (folder: string) =>
      `De crypto-opslag in ${folder} hoort bij een ander apparaat dan MATRIX_ACCESS_TOKEN. Gebruik het token van dat apparaat, of zet de map ${folder} opzij en start opnieuw met een nieuw apparaat.`,
    damaged: (file: string, folder: string) =>
      `De crypto-opslag ${file} is beschadigd. Zet hem terug uit de reservekopie; lukt dat niet, zet de map ${folder} opzij en log opnieuw in voor een nieuw apparaat (nieuw MATRIX_ACCESS_TOKEN).`,
  },
  en: {
    noDevice:
      'MATRIX_ACCESS_TOKEN does not belong to a device, so encryption cannot work. Make the token with an ordinary login (see the README).',
    otherDevice: (folder: string, stored: string, storedUser: string, device: string, user: string) =>
      `The crypto store in ${folder} belongs to device ${stored} of ${storedUser}, but MATRIX_ACCESS_TOKEN belongs to device ${device} of ${user}. ` +
      `Use the access token of device ${stored} again. If you really want a new device, move the folder ${folder} aside (keep it) and start again; the bot then cannot read older encrypted messages.`,
    lostStore: (folder: string, device: string) =>
      `There is no crypto store in ${folder}, but the homeserver already knows device ${device} with keys. ` +
      'Restore the folder from the backup (with the same MATRIX_STORE_KEY). If it is really lost, log in again for a new device (a new MATRIX_ACCESS_TOKEN) and start again; the bot then cannot read older encrypted messages.',
    wrongKey: (folder: string) =>
      `MATRIX_STORE_KEY does not fit the crypto store in ${folder}. Put back the key the store was made with. ` +
      `If that key is lost, log in again for a new device (a new MATRIX_ACCESS_TOKEN) and move the folder ${folder} aside; the bot then cannot read older encrypted messages.`,
    storeOfOtherDevice: (folder: string) =>
      `The crypto store in ${folder} belongs to another device than MATRIX_ACCESS_TOKEN. Use that device's token, or move the folder ${folder} aside and start again with a new device.`,
    damaged: (file: string, folder: string) =>
      `The crypto store ${file} is damaged. Restore it from the backup; if that fails, move the folder ${folder} aside and log in again for a new device (a new MATRIX_ACCESS_TOKEN).`,
  },
} satisfies Record<Lang, Record<string, unknown>>;
