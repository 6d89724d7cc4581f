// @ts-nocheck
import { StartupError } from '../core/errors.ts';

/**
 * A data folder the bot cannot use (read-only, owned by someone else, full): one sentence
 * that says what is wrong and what to do, instead of a stack trace. Other errors pass on.
 */
export function folderError(error: unknown, dataDir: string): unknown {
  if (error instanceof StartupError) return error;
  const failure = error as NodeJS.ErrnoException;
  const where = failure.path && failure.path !== dataDir ? ` (${failure.path})` : '';
  switch (failure.code) {
    case 'EACCES':
    case 'EPERM':
      return new StartupError(
        `De bot mag niet schrijven in de gegevensmap ${dataDir}${where}. Geef de gebruiker waaronder de bot draait schrijfrecht op die map, of kies met STADSPANEL_DATA_DIR een andere map.`,
      );
    case 'EROFS':
      return new StartupError(
        `De gegevensmap ${dataDir} staat op een schijf die alleen gelezen kan worden. Koppel hem beschrijfbaar (in Docker: zonder :ro) of kies met STADSPANEL_DATA_DIR een andere map.`,
      );
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return new StartupError(
        `De schijf van de gegevensmap ${dataDir} is vol. Maak ruimte vrij en start opnieuw; er is niets gewijzigd.`,
      );
    case 'ENOTDIR':
    case 'EEXIST':
      return new StartupError(
        `${dataDir} is geen map${where}. Zet STADSPANEL_DATA_DIR op een map (die mag leeg zijn).`,
      );
    default:
      return error;
  }
}
