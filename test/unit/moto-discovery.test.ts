import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { findMotoServer } from '../../scripts/emulator/moto-server.js';

let scratch: string;

beforeEach(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'vend-moto-discovery-'));
});

afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function executable(file: string, script = 'exit 0'): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `#!/bin/sh\n${script}\n`);
  await chmod(file, 0o755);
  return file;
}

async function emptyDirectory(name: string): Promise<string> {
  const dir = path.join(scratch, name);
  await mkdir(dir, { recursive: true });
  return dir;
}

describe('finding moto_server', () => {
  test('uses moto_server from PATH, ahead of MOTO_SERVER', async () => {
    const bin = await emptyDirectory('bin');
    const onPath = await executable(path.join(bin, 'moto_server'));
    const configured = await executable(path.join(scratch, 'elsewhere', 'moto_server'));
    const found = await findMotoServer({
      env: { PATH: [await emptyDirectory('empty'), bin].join(path.delimiter), MOTO_SERVER: configured },
      projectDir: scratch,
    });
    expect(found).toBe(onPath);
  });

  test('skips a moto_server on PATH that is not executable', async () => {
    const bin = await emptyDirectory('bin');
    await writeFile(path.join(bin, 'moto_server'), 'not a program');
    const configured = await executable(path.join(scratch, 'elsewhere', 'moto_server'));
    const found = await findMotoServer({ env: { PATH: bin, MOTO_SERVER: configured }, projectDir: scratch });
    expect(found).toBe(configured);
  });

  test('uses MOTO_SERVER when PATH has no moto_server', async () => {
    const configured = await executable(path.join(scratch, 'custom', 'moto_server'));
    const found = await findMotoServer({
      env: { PATH: await emptyDirectory('empty'), MOTO_SERVER: configured },
      projectDir: scratch,
    });
    expect(found).toBe(configured);
  });

  test('names a MOTO_SERVER that is not an executable file', async () => {
    const missing = path.join(scratch, 'nowhere', 'moto_server');
    await expect(
      findMotoServer({ env: { PATH: await emptyDirectory('empty'), MOTO_SERVER: missing }, projectDir: scratch }),
    ).rejects.toThrow(`MOTO_SERVER is '${missing}', which is not an executable file`);
  });

  test('reuses moto_server already installed in the project .venv without running pip', async () => {
    const installed = await executable(path.join(scratch, '.venv', 'bin', 'moto_server'));
    const found = await findMotoServer({
      env: { PATH: await emptyDirectory('empty') },
      projectDir: scratch,
      python: path.join(scratch, 'no-such-python'),
    });
    expect(found).toBe(installed);
  });

  test('installs moto[server] with pip into the project .venv', async () => {
    // A stand-in python3 that behaves like `python3 -m venv DIR`, whose python behaves like `pip install`:
    // the branch runs end to end without a package index. PATH holds nothing else, hence /bin/ and builtins.
    const bin = await emptyDirectory('bin');
    const log = path.join(scratch, 'commands.log');
    const venvPython = await executable(
      path.join(scratch, 'venv-python'),
      [
        `echo "venv-python $*" >> '${log}'`,
        'printf "#!/bin/sh\\nexit 0\\n" > "${0%/*}/moto_server"',
        '/bin/chmod +x "${0%/*}/moto_server"',
      ].join('\n'),
    );
    await executable(
      path.join(bin, 'python3'),
      [`echo "python3 $*" >> '${log}'`, '/bin/mkdir -p "$3/bin"', `/bin/cp '${venvPython}' "$3/bin/python"`].join('\n'),
    );
    const project = await emptyDirectory('project');
    const logged: string[] = [];
    const found = await findMotoServer({ env: { PATH: bin }, projectDir: project, log: (line) => logged.push(line) });
    expect(found).toBe(path.join(project, '.venv', 'bin', 'moto_server'));
    expect((await readFile(log, 'utf8')).trim().split('\n')).toEqual([
      `python3 -m venv ${path.join(project, '.venv')}`,
      'venv-python -m pip install moto[server]',
    ]);
    expect(logged).toHaveLength(2);
  });

  test('fails with install instructions when PATH, MOTO_SERVER and pip all fail', async () => {
    const attempt = findMotoServer({
      env: { PATH: await emptyDirectory('empty') },
      projectDir: scratch,
      python: path.join(scratch, 'no-such-python'),
    });
    await expect(attempt).rejects.toThrow(/moto_server was not found on PATH, MOTO_SERVER is not set/);
    await expect(attempt).rejects.toThrow("pip install 'moto[server]'");
    await expect(attempt).rejects.toThrow('set MOTO_SERVER');
  });

  test('reports what pip printed when the install fails', async () => {
    const bin = await emptyDirectory('bin');
    await executable(
      path.join(bin, 'python3'),
      'echo "ERROR: Could not find a version that satisfies the requirement moto" >&2\nexit 1',
    );
    await expect(findMotoServer({ env: { PATH: bin }, projectDir: scratch })).rejects.toThrow(
      'Could not find a version that satisfies the requirement moto',
    );
  });
});
