import { persistentAtom } from '@nanostores/persistent';
import { atom } from 'nanostores';
import { storageDurability, type Durability } from '../lib/storage/durability';
// Installs the guarded storage engine before the store below is made.
import './storage';

/** Whether this browser keeps the site's storage under pressure; 'unknown' until checked. */
export const $durability = atom<Durability>('unknown');

/** When training records were last exported on this device (milliseconds, as text; '' for never). */
export const $lastExport = persistentAtom<string>('cp:last-export', '');

const storageApi = () => (typeof navigator === 'undefined' ? undefined : navigator.storage);

let asked: Promise<void> | undefined;

/** Reads whether storage is persistent, asking the browser for nothing. */
export async function checkDurability(): Promise<void> {
  const durability = await storageDurability(storageApi(), false);
  // A request made meanwhile has the newer answer.
  if (!asked) $durability.set(durability);
}

/**
 * Asks the browser, once per page, to keep the site's storage even when space runs low. Called
 * after progress is first saved, so the request comes with something worth keeping.
 */
export function keepDurably(): Promise<void> {
  asked ??= storageDurability(storageApi(), true).then((durability) => $durability.set(durability));
  return asked;
}

/** Notes that the records were exported now. If storage is full, the storage notice says so. */
export function markExported(now = Date.now()): void {
  $lastExport.set(String(now));
}
