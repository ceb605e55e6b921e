import { firstMatchingReason, type Filter } from './filter.js';

/**
 * A value that names where the secret comes from instead of holding it: a template or configuration
 * reference resolved at deploy or run time. Every templating syntax in common use, whatever follows the
 * opening marker (`${VAR:?must be set}` is cut at its first space by the rules' value alphabet).
 */
const REFERENCES: [RegExp, string][] = [
  // Shell, Compose, Terraform, Spring: ${VAR}, ${VAR:-default}, ${VAR:?message}, ${env.X}.
  [/\$\{/, 'a ${…} reference'],
  // Make, Azure Pipelines, shell command substitution: $(VAR).
  [/\$\(/, 'a $(…) reference'],
  // Helm, Go templates, Jinja, Mustache, Handlebars, GitHub Actions: {{ .Values.x }}, ${{ secrets.X }}.
  [/\{\{|\}\}/, 'a {{…}} template'],
  // ERB, EJS, JSP, ASP: <%= ENV['X'] %>.
  [/<%|%>/, 'a <%…%> template'],
  // Octopus Deploy and token-replacement tasks: #{DB_PASSWORD}.
  [/#\{[A-Z_][A-Z0-9_.:-]{0,100}\}/, 'a #{VAR} variable'],
  // Python %-formatting and configparser interpolation: %(password)s.
  [/%\([A-Za-z_][\w.-]{0,100}\)[sdr]/, 'a %(name)s substitution'],
  // Windows %VAR%, shell $VAR, Gradle/Ant @VAR@: the whole value is the variable.
  [/^%[A-Za-z_][\w]{0,100}%$|^\$[A-Za-z_][\w]{0,100}$|^@[A-Za-z_][\w.]{0,100}@$/, 'an environment variable reference'],
  [
    /process\.env|os\.environ|getenv|ENV\[|System\.getProperty|Environment\.GetEnvironmentVariable/i,
    'an environment lookup',
  ],
];

export function templateReferenceReason(value: string): string | undefined {
  return firstMatchingReason(REFERENCES, value);
}

export const templateReferenceFilter: Filter = {
  name: 'template-reference',
  check: ({ candidate }) => templateReferenceReason(candidate.secret),
};
