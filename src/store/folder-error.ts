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
        `The bot may not write in the data folder ${dataDir}${where}. Give the user the bot runs as write access to that folder, or choose another folder with STADSPANEL_DATA_DIR.`,
      );
    case 'EROFS':
      return new StartupError(
        `De gegevensmap ${dataDir} staat op een schijf die alleen gelezen kan worden. Koppel hem beschrijfbaar (in Docker: zonder :ro) of kies met STADSPANEL_DATA_DIR een andere map.`,
        `The data folder ${dataDir} is on a disk that can only be read. Mount it writable (in Docker: without :ro) or choose another folder with STADSPANEL_DATA_DIR.`,
      );
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return new StartupError(
        `De schijf van de gegevensmap ${dataDir} is vol. Maak ruimte vrij en start opnieuw; er is niets gewijzigd.`,
        `The disk of the data folder ${dataDir} is full. Free some space and start again; nothing was changed.`,
      );
    case 'ENOTDIR':
    case 'EEXIST':
      return new StartupError(
        `${dataDir} is geen map${where}. Zet STADSPANEL_DATA_DIR op een map (die mag leeg zijn).`,
        `${dataDir} is not a folder${where}. Set STADSPANEL_DATA_DIR to a folder (it may be empty).`,
      );
    default:
      return error;
  }
}
