/**
 * The licences of the third-party packages inside a bundle, as one text file: esbuild's
 * metafile names every bundled module, each node_modules package among them is listed
 * once (name, version, licence) with the text of its licence files. The bundles strip
 * the packages' own comments, so this file is where their notices travel.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `node_modules/@scope/name/...` or `node_modules/name/...` → the package's folder. */
function packageFolder(input) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    return match?.[1];
}

export function thirdPartyLicenses(metafile, root) {
    const folders = [...new Set(Object.keys(metafile.inputs).map(packageFolder).filter(Boolean))];
    const packages = folders.map(folder => {
        const manifest = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8'));
        const files = readdirSync(join(root, folder)).filter(name => /^(licen[cs]e|copying|notice)/i.test(name)).sort();
        return { name: manifest.name, version: manifest.version, license: manifest.license ?? 'unknown', folder, files };
    }).sort((a, b) => a.name.localeCompare(b.name));
    const sections = packages.map(({ name, version, license, folder, files }) => {
        const texts = files.map(file => readFileSync(join(root, folder, file), 'utf8').trim());
        return [`${name} ${version} (${license})`, ...(texts.length > 0 ? texts : [`No licence file in the package; its package.json says: ${license}.`])].join('\n\n');
    });
    return `The bundled files of this package contain the following third-party packages.\n\n${sections.join(`\n\n${'-'.repeat(78)}\n\n`)}\n`;
}
