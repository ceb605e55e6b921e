/** Loads the YAML parser only when a YAML document is read, so commands that need none start faster. */
export async function parseYaml(text: string): Promise<unknown> {
  const yaml = (await import('yaml')) as unknown as {
    parse?: (t: string) => unknown;
    default?: { parse: (t: string) => unknown };
  };
  const parse = yaml.parse ?? yaml.default?.parse;
  if (!parse) throw new Error('the yaml package has no parse()');
  return parse(text);
}
