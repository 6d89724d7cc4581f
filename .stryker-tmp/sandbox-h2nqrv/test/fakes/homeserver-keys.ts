/**
 * The end-to-end encryption part of the fake homeserver, after the Client-Server spec
 * (§ "End-to-end encryption" and "Send-to-Device messaging"): device keys, one-time and
 * fallback keys, cross-signing keys with their signatures, and per-device to-device
 * queues that the server forgets once a later `/sync` acknowledges them.
 */
// @ts-nocheck

type Json = Record<string, unknown>;

interface DeviceRecord {
  keys: Json;
  readonly oneTimeKeys: Map<string, Json>;
  fallback: { id: string; key: Json; used: boolean } | undefined;
}

interface ToDevice {
  readonly position: number;
  readonly event: Json;
}

export class BadRequest extends Error {
  readonly status: number;
  readonly body: Json;
  constructor(status: number, body: Json) {
    super(String(body.error));
    this.status = status;
    this.body = body;
  }
}

const CROSS_SIGNING = ['master_key', 'self_signing_key', 'user_signing_key'] as const;

export class KeyDirectory {
  readonly #devices = new Map<string, Map<string, DeviceRecord>>();
  readonly #inbox = new Map<string, ToDevice[]>();
  readonly #changes: Array<{ position: number; userId: string }> = [];
  readonly #crossSigning = new Map<string, Partial<Record<(typeof CROSS_SIGNING)[number], Json>>>();
  readonly #txns = new Set<string>();
  readonly #next: () => number;
  /** Called (synchronously) when a device acknowledges to-device messages, with how many. */
  onAcknowledge: ((userId: string, deviceId: string, count: number) => void) | undefined;

  /** `next` hands out a position in the server's one stream and wakes waiting syncs. */
  constructor(next: () => number) {
    this.#next = next;
  }

  #device(userId: string, deviceId: string): DeviceRecord {
    const devices = this.#devices.get(userId) ?? new Map<string, DeviceRecord>();
    this.#devices.set(userId, devices);
    const device = devices.get(deviceId) ?? { keys: {}, oneTimeKeys: new Map(), fallback: undefined };
    devices.set(deviceId, device);
    return device;
  }

  /** Whether the homeserver holds device keys for this device (a device that lost its store cannot see this itself). */
  hasDeviceKeys(userId: string, deviceId: string): boolean {
    return this.#devices.get(userId)?.get(deviceId)?.keys.keys !== undefined;
  }

  oneTimeKeyCount(userId: string, deviceId: string): number {
    return this.#devices.get(userId)?.get(deviceId)?.oneTimeKeys.size ?? 0;
  }

  pendingToDevice(userId: string, deviceId: string): number {
    return this.#inbox.get(`${userId}|${deviceId}`)?.length ?? 0;
  }

  /** POST /keys/upload */
  upload(userId: string, deviceId: string, body: Json): Json {
    const device = this.#device(userId, deviceId);
    const oneTime = (body.one_time_keys ?? {}) as Record<string, Json>;
    for (const [id, key] of Object.entries(oneTime)) {
      const known = device.oneTimeKeys.get(id);
      if (known && JSON.stringify(known) !== JSON.stringify(key)) {
        throw new BadRequest(400, {
          errcode: 'M_INVALID_PARAM',
          error: `One time key ${id} already exists. Old key: ${JSON.stringify(known)}; new key: ${JSON.stringify(key)}`,
        });
      }
    }
    if (body.device_keys) {
      const keys = body.device_keys as Json;
      if (keys.user_id !== userId || keys.device_id !== deviceId) {
        throw new BadRequest(400, { errcode: 'M_INVALID_PARAM', error: 'Device keys for another device' });
      }
      if (JSON.stringify(device.keys) !== JSON.stringify(keys)) {
        device.keys = keys;
        this.#changes.push({ userId, position: this.#next() });
      }
    }
    for (const [id, key] of Object.entries(oneTime)) device.oneTimeKeys.set(id, key);
    const fallback = (body.fallback_keys ?? body['org.matrix.msc2732.fallback_keys']) as Json | undefined;
    for (const [id, key] of Object.entries(fallback ?? {}))
      device.fallback = { id, key: key as Json, used: false };
    return { one_time_key_counts: this.#counts(device) };
  }

  #counts(device: DeviceRecord): Record<string, number> {
    const counts: Record<string, number> = { signed_curve25519: 0 };
    for (const id of device.oneTimeKeys.keys()) {
      const algorithm = id.split(':')[0]!;
      counts[algorithm] = (counts[algorithm] ?? 0) + 1;
    }
    return counts;
  }

  /** POST /keys/query */
  query(requester: string, body: Json): Json {
    const asked = (body.device_keys ?? {}) as Record<string, string[]>;
    const deviceKeys: Record<string, Record<string, Json>> = {};
    const master: Record<string, Json> = {};
    const selfSigning: Record<string, Json> = {};
    const userSigning: Record<string, Json> = {};
    for (const [userId, wanted] of Object.entries(asked)) {
      deviceKeys[userId] = {};
      for (const [deviceId, device] of this.#devices.get(userId) ?? []) {
        if (device.keys.keys === undefined || (wanted.length > 0 && !wanted.includes(deviceId))) continue;
        deviceKeys[userId][deviceId] = { ...device.keys, unsigned: { device_display_name: deviceId } };
      }
      const cross = this.#crossSigning.get(userId);
      if (cross?.master_key) master[userId] = cross.master_key;
      if (cross?.self_signing_key) selfSigning[userId] = cross.self_signing_key;
      if (userId === requester && cross?.user_signing_key) userSigning[userId] = cross.user_signing_key;
    }
    return {
      device_keys: deviceKeys,
      master_keys: master,
      self_signing_keys: selfSigning,
      user_signing_keys: userSigning,
      failures: {},
    };
  }

  /** POST /keys/claim: a one-time key, or the fallback key when they are used up. */
  claim(body: Json): Json {
    const asked = (body.one_time_keys ?? {}) as Record<string, Record<string, string>>;
    const claimed: Record<string, Record<string, Json>> = {};
    for (const [userId, devices] of Object.entries(asked)) {
      for (const [deviceId, algorithm] of Object.entries(devices)) {
        const device = this.#devices.get(userId)?.get(deviceId);
        if (!device) continue;
        const id = [...device.oneTimeKeys.keys()].find((key) => key.startsWith(`${algorithm}:`));
        let key: Json | undefined;
        if (id) {
          key = { [id]: device.oneTimeKeys.get(id)! };
          device.oneTimeKeys.delete(id);
        } else if (device.fallback?.id.startsWith(`${algorithm}:`)) {
          key = { [device.fallback.id]: device.fallback.key };
          device.fallback.used = true;
        }
        if (key) claimed[userId] = { ...claimed[userId], [deviceId]: key };
      }
    }
    return { one_time_keys: claimed, failures: {} };
  }

  /** PUT /sendToDevice/{eventType}/{txnId}; `*` means every device of that user. */
  sendToDevice(sender: string, senderDevice: string, type: string, txnId: string, body: Json): void {
    const txn = `${sender}|${senderDevice}|${txnId}`;
    if (this.#txns.has(txn)) return;
    this.#txns.add(txn);
    const messages = (body.messages ?? {}) as Record<string, Record<string, Json>>;
    for (const [userId, devices] of Object.entries(messages)) {
      for (const [deviceId, content] of Object.entries(devices)) {
        const targets = deviceId === '*' ? [...(this.#devices.get(userId)?.keys() ?? [])] : [deviceId];
        for (const target of targets) {
          const inbox = this.#inbox.get(`${userId}|${target}`) ?? [];
          this.#inbox.set(`${userId}|${target}`, inbox);
          inbox.push({ position: this.#next(), event: { type, sender, content } });
        }
      }
    }
  }

  /** POST /keys/device_signing/upload (after user-interactive auth) */
  uploadCrossSigning(userId: string, body: Json): void {
    const keys = this.#crossSigning.get(userId) ?? {};
    for (const name of CROSS_SIGNING) if (body[name]) keys[name] = body[name] as Json;
    this.#crossSigning.set(userId, keys);
    this.#changes.push({ userId, position: this.#next() });
  }

  /** POST /keys/signatures/upload: signatures of devices and of master keys are merged in. */
  uploadSignatures(userId: string, body: Json): Json {
    for (const [target, objects] of Object.entries(body as Record<string, Record<string, Json>>)) {
      for (const [keyId, signed] of Object.entries(objects)) {
        const device = this.#devices.get(target)?.get(keyId);
        const master = this.#crossSigning.get(target)?.master_key;
        const masterId = master ? Object.keys((master.keys ?? {}) as Json)[0]?.split(':')[1] : undefined;
        const object = device?.keys ?? (masterId === keyId ? master : undefined);
        if (!object) continue;
        mergeSignatures(object, signed);
        this.#changes.push({ userId: target, position: this.#next() });
      }
    }
    void userId;
    return { failures: {} };
  }

  /** A `/sync` with `since` acknowledges the to-device messages up to it: the server forgets them. */
  acknowledge(userId: string, deviceId: string, since: number): void {
    const box = `${userId}|${deviceId}`;
    const inbox = this.#inbox.get(box) ?? [];
    const kept = inbox.filter((message) => message.position > since);
    this.#inbox.set(box, kept);
    if (kept.length < inbox.length) this.onAcknowledge?.(userId, deviceId, inbox.length - kept.length);
  }

  /**
   * What `/sync` carries for one device: its to-device messages after `since` (the ones at or
   * before `since` are acknowledged and forgotten), the users whose devices changed, and the
   * count of one-time keys left.
   */
  syncPart(
    userId: string,
    deviceId: string,
    since: number,
    changesSince: number,
    sharing: (other: string) => boolean,
  ): Json {
    this.acknowledge(userId, deviceId, since);
    const inbox = this.#inbox.get(`${userId}|${deviceId}`) ?? [];
    const changed = new Set(
      this.#changes
        .filter((change) => change.position > changesSince && sharing(change.userId))
        .map((change) => change.userId),
    );
    const device = this.#device(userId, deviceId);
    return {
      to_device: { events: inbox.map((message) => message.event) },
      device_lists: { changed: [...changed], left: [] },
      device_one_time_keys_count: this.#counts(device),
      device_unused_fallback_key_types:
        device.fallback && !device.fallback.used ? [device.fallback.id.split(':')[0]] : [],
    };
  }
}

function mergeSignatures(object: Json, signed: Json): void {
  const into = (object.signatures ?? {}) as Record<string, Json>;
  object.signatures = into;
  for (const [user, signatures] of Object.entries((signed.signatures ?? {}) as Record<string, Json>)) {
    into[user] = { ...(into[user] ?? {}), ...signatures };
  }
}
