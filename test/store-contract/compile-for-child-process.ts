import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { repoRoot } from '../helpers/paths.js'

/**
 * Compiles source modules (and every module they import, transitively) to plain ESM JavaScript
 * under `outDirectory`, keeping the repository layout, so child processes can run the very code
 * under test. jest runs TypeScript in-process through ts-jest, but a spawned `node` cannot, and a
 * cross-process test is only honest if the children run the real store, not a re-implementation.
 * Sources import each other as `./x.js`, which is exactly what the emitted files are called.
 */
export async function compileForChildProcess(
  entryModules: readonly string[],
  outDirectory: string
): Promise<void> {
  const pending = entryModules.map((module) => resolve(repoRoot, module))
  const done = new Set<string>()
  while (pending.length > 0) {
    const source = pending.pop()!
    if (done.has(source)) continue
    done.add(source)
    const text = await readFile(source, 'utf8')
    const output = ts.transpileModule(text, {
      fileName: source,
      compilerOptions: {
        module: ts.ModuleKind.ES2022,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: true
      }
    }).outputText
    const target = join(outDirectory, relative(repoRoot, source)).replace(/\.ts$/, '.js')
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, output)
    for (const match of text.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)) {
      pending.push(resolve(dirname(source), `${match[1]}.ts`))
    }
  }
  await writeFile(join(outDirectory, 'package.json'), '{ "type": "module" }\n')
}
