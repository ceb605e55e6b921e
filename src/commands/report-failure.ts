import { EXIT_ERROR } from '../output/exit-codes.js';
import { ConfigError, describeError, InternalError, LeakscanError } from '../errors.js';

/** Error messages can quote a config value, a regex, a baseline line: anything shaped like a key is masked. */
export async function reportFailure(error: unknown): Promise<void> {
  process.exitCode = EXIT_ERROR;
  const { redactKeyLike } = await import('../detect/key-like.js');
  const say = async (text: string): Promise<void> => void process.stderr.write(await redactKeyLike(text));
  if (error instanceof ConfigError) await say(`leakscan: ${error.message}\n`);
  else if (error instanceof LeakscanError && !(error instanceof InternalError))
    await say(`leakscan: ${describeError(error)}\n`);
  else {
    await say(
      `leakscan: internal error: ${describeError(error)}\nThis is a bug; please report it with the command you ran.\n`,
    );
    if (process.env.LEAKSCAN_DEBUG && error instanceof Error) await say(`${error.stack}\n`);
  }
}
