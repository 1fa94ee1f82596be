// Keeping the unlocked key on this device: the key pair in IndexedDB (a non-extractable
// CryptoKey is stored as itself, and cannot be read out), after asking the browser to keep the
// storage (navigator.storage.persist()).
import type { KeyPair } from './keys.js';

const DB = 'relational-widgets-opener';
const STORE = 'keys';
const KEY = 'request-key';

function database(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await database();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = act(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/** The key pair kept on this device, if any (and if this browser lets the page use IndexedDB). */
export async function loadKey(): Promise<KeyPair | undefined> {
  try {
    const kept = await run<KeyPair | undefined>('readonly', (s) => s.get(KEY));
    return kept?.privateKey instanceof CryptoKey ? kept : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the key pair. */
export async function keepKey(keys: KeyPair): Promise<void> {
  await run('readwrite', (s) => s.put({ privateKey: keys.privateKey, publicKey: keys.publicKey }, KEY));
}

/**
 * Asks the browser to keep this page's storage; answers whether it promised. Firefox asks the
 * person first, so the answer may come late, or never.
 */
export async function askToPersist(): Promise<boolean> {
  return (await navigator.storage?.persist?.().catch(() => false)) ?? false;
}

export async function forgetKey(): Promise<void> {
  await run('readwrite', (s) => s.delete(KEY));
}
