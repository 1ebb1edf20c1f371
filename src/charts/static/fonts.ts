/**
 * The font chart images are drawn in: DejaVu Sans, from Debian's fonts-dejavu-core (a dependency of fontconfig, so
 * present wherever Chromium is installed; .ci/run installs it when missing). One fixed font, not "whatever the
 * system has", because the renderers wrap and place text with its measured widths (fontMetrics.ts), so the PNGs
 * come out the same on every machine. Browsers opening the SVG fall back to Verdana, whose widths are close.
 *
 * resvg draws nothing for text whose font it cannot find, without an error; so a missing font file stops the
 * build here, with the command that installs it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export const FONT_FAMILY = 'DejaVu Sans';
/** For the SVG files: what a browser should use when DejaVu Sans is not installed. */
export const FONT_STACK = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif";

export const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

/** Where distributions put DejaVu; STATIC_IMAGE_FONT_DIR (a folder holding both files) comes first when set. */
function fontDirs(): string[] {
  const fromEnv = process.env['STATIC_IMAGE_FONT_DIR'];
  return [
    ...(fromEnv ? [fromEnv] : []),
    '/usr/share/fonts/truetype/dejavu', // Debian, Ubuntu
    '/usr/share/fonts/dejavu-sans-fonts', // Fedora
    '/usr/share/fonts/TTF', // Arch
    '/usr/share/fonts/dejavu',
    '/usr/local/share/fonts',
    '/opt/homebrew/share/fonts',
  ];
}

export class MissingFontError extends Error {
  constructor(file: string, searched: string[]) {
    super(
      `Chart images need the font file ${file} (DejaVu Sans) and did not find it in: ${searched.join(', ')}. ` +
        'Install it with `apt-get install -y fonts-dejavu-core` (Debian/Ubuntu), or set STATIC_IMAGE_FONT_DIR to a folder ' +
        `holding ${FONT_FILES.regular} and ${FONT_FILES.bold}. Without it the images would render with no text.`,
    );
    this.name = 'MissingFontError';
  }
}

/** The full path of one of the font files, or a MissingFontError naming what to install. */
export function findFontFile(file: string): string {
  const dirs = fontDirs();
  for (const dir of dirs) {
    const full = path.join(dir, file);
    if (existsSync(full)) return full;
  }
  throw new MissingFontError(file, dirs);
}

/** Both font files (regular, bold), checked to exist. */
export function fontFiles(): string[] {
  return [findFontFile(FONT_FILES.regular), findFontFile(FONT_FILES.bold)];
}
