// @ts-nocheck
import { join } from 'node:path';
import { createClient, type MatrixClient, Method } from 'matrix-js-sdk';
import { StartupError } from '../../src/core/errors.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import type { Logger } from '../../src/ops/log.ts';
import { CRYPTO_FILE, CryptoStore, DATABASE_PREFIX } from './crypto-store.ts';
import { encryptionTexts } from './encryption-texts.ts';
import type { MatrixSettings } from './settings.ts';
import { matrixStartError, otherUserError } from './start-errors.ts';

/** What the client needs before it is made: its device, the store and a fetch that saves it. */
export interface Encryption {
  readonly deviceId: string;
  readonly store: CryptoStore;
  readonly fetchFn: typeof fetch;
}

/**
 * Requests before which the store is saved. A `/sync` with a newer `since` lets the server
 * forget the to-device messages (room keys) it delivered; `/keys/upload` publishes keys the
 * store must keep. A crash after either therefore finds them on disk.
 */
const SAVE_BEFORE = /\/(sync|keys\/upload)$/;

export async function openEncryption(
  settings: MatrixSettings,
  dataDir: string,
  quiet: MatrixClient['logger'],
  lang: Lang,
  logger: Logger,
): Promise<Encryption> {
  const probe = createClient({
    baseUrl: settings.homeserverUrl,
    accessToken: settings.accessToken,
    userId: settings.userId,
    logger: quiet,
  });
  const who = await probe.whoami().catch((error: unknown) => {
    throw matrixStartError(error, lang, settings.homeserverUrl, settings.userId);
  });
  if (who.user_id !== settings.userId) throw otherUserError(lang, who.user_id, settings.userId);
  if (!who.device_id) throw new StartupError(encryptionTexts[lang].noDevice);
  const deviceId = who.device_id;
  const store = await CryptoStore.open(dataDir, { userId: settings.userId, deviceId }, lang);
  if (!store.existed && (await serverKnowsDevice(probe, settings.userId, deviceId))) {
    throw new StartupError(encryptionTexts[lang].lostStore(store.folder, deviceId));
  }
  let failing = false;
  const fetchFn: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (!SAVE_BEFORE.test(url.pathname)) return fetch(input, init);
    try {
      await store.save();
    } catch (error) {
      // No request that could cost a key goes out; the SDK tries again after a pause.
      if (!failing) {
        logger.error(
          `Matrix: de crypto-opslag in ${store.folder} kan niet worden weggeschreven. De bot haalt geen nieuwe berichten op tot dat weer lukt; kijk of de schijf vol is en of de map beschrijfbaar is.`,
          error instanceof Error ? error.message : error,
        );
      }
      failing = true;
      throw error;
    }
    if (failing)
      logger.info('Matrix: de crypto-opslag wordt weer weggeschreven; de bot haalt weer berichten op.');
    failing = false;
    return fetch(input, init);
  };
  return { deviceId, store, fetchFn };
}

async function serverKnowsDevice(probe: MatrixClient, userId: string, deviceId: string): Promise<boolean> {
  const answer = await probe.http.authedRequest<{ device_keys?: Record<string, Record<string, unknown>> }>(
    Method.Post,
    '/keys/query',
    undefined,
    { device_keys: { [userId]: [deviceId] } },
  );
  return answer.device_keys?.[userId]?.[deviceId] !== undefined;
}

/** Starts the Rust crypto on the restored store; a wrong key or another device is a clear refusal. */
export async function startCrypto(
  client: MatrixClient,
  encryption: Encryption,
  storageKey: Uint8Array,
  lang: Lang,
): Promise<void> {
  try {
    await client.initRustCrypto({ useIndexedDB: true, cryptoDatabasePrefix: DATABASE_PREFIX, storageKey });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const folder = encryption.store.folder;
    if (/unpickl|decrypt|cipher|mac/i.test(text))
      throw new StartupError(encryptionTexts[lang].wrongKey(folder));
    if (/match/i.test(text)) throw new StartupError(encryptionTexts[lang].storeOfOtherDevice(folder));
    // A record the Rust crypto cannot read back (a store written before it carried a digest).
    if (error instanceof WebAssembly.RuntimeError || /deserializ|unreachable|panicked/i.test(text))
      throw new StartupError(encryptionTexts[lang].damaged(join(folder, CRYPTO_FILE), folder));
    throw error;
  }
  await encryption.store.save();
}

/**
 * Cross-signs the bot's device with MATRIX_PASSWORD (user-interactive auth), so members
 * whose Element only sends to verified devices reach the bot. Without a password it says
 * what that costs.
 */
export async function crossSign(
  client: MatrixClient,
  settings: MatrixSettings,
  logger: Logger,
): Promise<void> {
  const crypto = client.getCrypto();
  if (!crypto) return;
  const { ed25519 } = await crypto.getOwnDeviceKeys();
  logger.info(
    `Matrix: versleuteling staat aan. Apparaat ${client.getDeviceId()}, vingerafdruk ${ed25519}. Leden verifiëren het in Element met: /verify ${settings.userId} ${client.getDeviceId()} ${ed25519}`,
  );
  if (await crypto.isCrossSigningReady()) return;
  if (!settings.password) {
    logger.info(
      'Matrix: het apparaat van de bot is niet kruislings ondertekend. Leden die alleen naar geverifieerde apparaten sturen, bereiken de bot niet. Zet MATRIX_PASSWORD voor één start om dat te regelen (zie de README).',
    );
    return;
  }
  const password = settings.password;
  await crypto.bootstrapCrossSigning({
    authUploadDeviceSigningKeys: async (makeRequest) => {
      await makeRequest({
        type: 'm.login.password',
        identifier: { type: 'm.id.user', user: settings.userId },
        password,
      } as never);
    },
  });
  logger.info('Matrix: het apparaat van de bot is kruislings ondertekend met MATRIX_PASSWORD.');
}
