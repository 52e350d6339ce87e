/**
 * Generates one realistic, valid .smart plan of about a requested number of lines from a
 * seed: a plan header, a SWOT, then repeated "units" that each use every construct
 * (persons, an avatar with needs, metrics, goals with benchmarks, strategies, tactics, a
 * journey, check-ins, a review and skills) with references inside the unit, to earlier
 * units (goal alignment as a tree, owners, skills), and to an imported plan's exports.
 * Same seed and options, same text, byte for byte.
 */
import { seededRandom } from './random.mjs';
import * as words from './vocabulary.mjs';

/**
 * @param {object} options
 * @param {number} options.seed
 * @param {number} options.lines      about how many lines the plan should have
 * @param {string} options.title
 * @param {string} [options.prefix]   prefix of every declared name (keeps an imported plan's names apart)
 * @param {string[]} [options.imports] import paths, written after the header
 * @param {PlanExports} [options.upstream] names exported by the imported plan, to refer to
 * @returns {{ text: string, lines: number, exports: PlanExports }}
 */
export function generatePlan({ seed, lines, title, prefix = '', imports = [], upstream }) {
    const random = seededRandom(seed);
    const name = (base, unit) => (prefix ? `${prefix}${base[0].toUpperCase()}${base.slice(1)}` : base) + unit;
    const out = [];
    const exports = { goals: [], persons: [], avatars: [] };

    const firstOwner = name(words.PEOPLE[seed % words.PEOPLE.length][0], 0);
    out.push(
        `// ${title} — generated benchmark plan (seed ${seed})`,
        '',
        `plan "${title}" {`,
        `    owner ${firstOwner}`,
        '    period 2027-01-01 to 2027-12-31',
        '    review every 1 month',
        '    currency USD',
        `    description "${random.pick(words.MESSAGES)[2]}"`,
        '}',
        ''
    );
    for (const path of imports) {
        out.push(`import "${path}"`);
    }
    if (imports.length > 0) {
        out.push('');
    }
    out.push(
        'swot {',
        `    strength "${random.pick(words.MOTIVATIONS)}"`,
        `    weakness "${random.pick(words.CRITERIA)}"`,
        `    opportunity "${random.pick(words.MESSAGES)[1]}"`,
        `    threat "${random.pick(words.STEPS)[2]}"`,
        '}',
        ''
    );
    const unitTactics = []; // per unit, so a skill can support a tactic of the unit before
    for (let unit = 0; out.length < lines; unit++) {
        unitTactics.push(writeUnit(out, { unit, seed, random, name, firstOwner, upstream, exports, previousTactics: unitTactics[unit - 1] }));
    }
    // Every reference points back to an earlier declaration, so the last unit can be cut
    // after any top-level block without leaving a reference unresolved.
    const end = nearestBlockEnd(out, lines);
    const kept = out.slice(0, end);
    const names = new Set(kept.map(line => /^(?:goal|person|avatar) (\S+)/.exec(line)?.[1]).filter(Boolean));
    const declared = name => names.has(name);
    return {
        text: kept.join('\n') + '\n',
        lines: end,
        exports: {
            goals: exports.goals.filter(declared),
            persons: exports.persons.filter(declared),
            avatars: exports.avatars.filter(avatar => declared(avatar.name))
        }
    };
}

/** The line count after the top-level `}` nearest to `limit` (or everything, if none). */
function nearestBlockEnd(out, limit) {
    let best = out.length;
    out.forEach((line, index) => {
        if (line === '}' && Math.abs(index + 1 - limit) < Math.abs(best - limit)) {
            best = index + 1;
        }
    });
    return best;
}

/**
 * @typedef {{ goals: string[], persons: string[], avatars: Array<{ name: string, needs: string[] }> }} PlanExports
 */

/** Writes one unit of every construct; returns the names of its tactics. */
function writeUnit(out, { unit, seed, random, name, firstOwner, upstream, exports, previousTactics }) {
    const people = [0, 1, 2].map(i => words.PEOPLE[(seed + unit * 3 + i) % words.PEOPLE.length]);
    const persons = people.map(([base]) => name(base, unit));
    const avatarWords = words.AVATARS[(seed + unit) % words.AVATARS.length];
    const avatar = name(avatarWords.name, unit);
    const rising = random.sample(words.METRICS, 2);
    const falling = random.pick(words.FALLING_METRICS);
    const metrics = [...rising, falling].map(metric => ({ ...metric, id: name(metric.name, unit) }));
    const goals = metrics.map(metric => name(`${metric.name === 'churn' || metric.name === 'cac' ? 'reduce' : 'grow'}${metric.name[0].toUpperCase()}${metric.name.slice(1)}`, unit));
    const parent = unit > 0 ? Math.floor((unit - 1) / 2) : undefined;
    const parentGoal = index => parent !== undefined
        ? exports.goals[parent * 3 + index]
        : upstream?.goals.length ? upstream.goals[index % upstream.goals.length] : undefined;
    const [strategyA, strategyB] = random.sample(words.MESSAGES, 2);
    const strategies = [name(strategyA[0], unit), name(strategyB[0], unit)];
    const tacticWords = random.sample(words.TACTICS, 3);
    const tactics = tacticWords.map(([base]) => name(base, unit));
    const upstreamAvatar = upstream?.avatars.length ? upstream.avatars[unit % upstream.avatars.length] : undefined;

    out.push(
        '// ---------------------------------------------------------------------------------------',
        `// Unit ${unit}: ${avatarWords.title}`,
        '// ---------------------------------------------------------------------------------------',
        ''
    );
    people.forEach(([, fullName], i) => {
        if (i < 2) {
            out.push(`person ${persons[i]} "${fullName}" {`, `    role "${words.ROLES[(unit + i) % words.ROLES.length]}"`, '}');
        } else {
            out.push(`person ${persons[i]} "${fullName}"`);
        }
    });
    out.push('');

    const channels = random.sample(words.CHANNELS, 3);
    out.push(
        `avatar ${avatar} "${avatarWords.title}" {`,
        `    segment "${avatarWords.segment}"`,
        `    market ${avatarWords.market}`,
        ...avatarWords.needs.map(([need, text]) => `    need ${need} "${text}"`),
        `    motivation "${random.pick(words.MOTIVATIONS)}"`,
        `    criteria "${random.pick(words.CRITERIA)}"`,
        ...channels.map(channel => `    channel ${channel}`),
        '}',
        ''
    );

    for (const metric of metrics) {
        out.push(`metric ${metric.id} "${metric.title}" unit ${metric.unit}`);
    }
    out.push('');

    const paths = metrics.map((metric, index) => {
        const percent = metric.unit === '%';
        const baseline = percent ? random.int(metric.base[0] * 10, metric.base[1] * 10) / 10 : random.int(metric.base[0], metric.base[1]);
        const factor = metric.growth[0] + random.next() * (metric.growth[1] - metric.growth[0]);
        const target = percent ? Math.round(baseline * factor * 10) / 10 : Math.round(baseline * factor);
        const format = value => percent ? `${Math.round(value * 10) / 10}%` : String(Math.round(value));
        const at = share => baseline + (target - baseline) * share;
        const aligns = index < 2 ? parentGoal(index) : undefined;
        out.push(
            `goal ${goals[index]} "${words.GOAL_VERBS[metric.name]} from ${format(baseline)} to ${format(target)}" {`,
            `    for ${avatar}${upstreamAvatar && index === 0 ? `, ${upstreamAvatar.name}` : ''}`,
            `    metric ${metric.id}`,
            `    baseline ${format(baseline)} on 2027-01-01`,
            `    benchmark ${format(at(0.22))} by 2027-03-31`,
            `    benchmark ${format(at(0.48))} by ${random.next() < 0.5 ? '2027-Q2' : '2027-06-30'}`,
            `    benchmark ${format(at(0.74))} by 2027-09-30`,
            `    target ${format(target)} by 2027-12-31`,
            `    owner ${persons[index % 2]}`,
            ...(aligns ? [`    aligns ${aligns}`] : []),
            ...(index === 2 ? ['    review every 2 weeks'] : []),
            '}'
        );
        return { at, format };
    });
    out.push('');
    exports.goals.push(...goals);
    exports.persons.push(...persons);
    exports.avatars.push({ name: avatar, needs: avatarWords.needs.map(([need]) => `${avatar}.${need}`) });

    const needs = avatarWords.needs.map(([need]) => `${avatar}.${need}`);
    const upstreamNeed = upstreamAvatar ? [upstreamAvatar.needs[unit % upstreamAvatar.needs.length]] : [];
    out.push(
        `strategy ${strategies[0]} "${strategyA[1]}" {`,
        `    serves ${goals[0]}, ${goals[1]}`,
        `    audience ${avatar}${upstreamAvatar ? `, ${upstreamAvatar.name}` : ''}`,
        `    addresses ${[needs[0], needs[1], ...upstreamNeed].join(', ')}`,
        `    message "${strategyA[2]}"`,
        `    proposition "${strategyA[3]}"`,
        '}',
        `strategy ${strategies[1]} "${strategyB[1]}" {`,
        `    serves ${goals[2]}`,
        `    audience ${avatar}`,
        `    addresses ${needs[2]}`,
        `    message "${strategyB[2]}"`,
        `    proposition "${strategyB[3]}"`,
        '}',
        ''
    );

    tacticWords.forEach(([, title, channel], index) => {
        const from = 1 + random.int(0, 2);
        const owner = index === 2 && unit > 0 ? exports.persons[(unit - 1) * 3] : index === 2 && upstream ? upstream.persons[0] : persons[index % 3];
        const budget = index === 1 ? `${random.int(20, 120) * 100}` : `${random.int(2, 20) * 50}${index === 0 ? ' USD' : ''} per ${random.pick(['month', 'quarter'])}`;
        out.push(
            `tactic ${tactics[index]} "${title}" {`,
            `    executes ${strategies[index < 2 ? 0 : 1]}`,
            `    channel ${channel}`,
            `    owner ${owner}`,
            `    budget ${budget}`,
            `    from 2027-${String(from).padStart(2, '0')}-15 to 2027-12-15`,
            `    moves ${metrics[index].id}`,
            '}'
        );
    });
    out.push('');

    const steps = random.sample(words.STEPS, 3);
    out.push(`journey ${name('buying', unit)} for ${avatar} {`);
    steps.forEach(([step, title, alternative], index) => {
        out.push(
            `    step ${step} "${title}" {`,
            ...(index === 1 ? [`        stakeholder "${random.pick(words.STAKEHOLDERS)}"`, `        competitor "${alternative}"`, '        worst "Chooses to do nothing"'] : []),
            ...(index === 2 ? [`        alternative "${alternative}"`] : []),
            `        reaction ${tactics[index]}`,
            `        reaction "${random.pick(words.MESSAGES)[3]}"`,
            '    }'
        );
    });
    out.push('}', '');

    const checkin = (month, share, confidence) => {
        const day = random.int(1, 27);
        out.push(`checkin 2027-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} {`);
        paths.forEach(({ at, format }, index) => {
            const noise = share * (0.85 + random.next() * 0.3);
            out.push(`    ${goals[index]} ${format(at(noise))}${confidence && index === 0 ? ` confidence ${random.pick(['low', 'medium', 'high'])}` : ''}${index === 1 ? ' "Measured from the CRM"' : ''}`);
        });
        out.push('}');
    };
    checkin(3, 0.2, false);
    checkin(6, 0.44, true);
    out.push('');

    out.push(
        `review 2027-${String(random.int(5, 6)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')} "Unit ${unit} monthly review" {`,
        `    attendee ${persons[0]}, ${persons[1]}${unit > 0 ? `, ${firstOwner}` : ''}`,
        `    decision "${random.pick(words.DECISIONS)}"`,
        '}',
        ''
    );

    const [skillA, skillB] = random.sample(words.SKILLS, 2);
    out.push(
        `skill ${name(skillA[0], unit)} "${skillA[1]}" {`,
        `    coach ${persons[0]}`,
        `    supports ${[tactics[0], tactics[1], ...(previousTactics ? [previousTactics[2]] : [])].join(', ')}`,
        '}',
        `skill ${name(skillB[0], unit)} "${skillB[1]}" {`,
        `    coach ${persons[1]}`,
        `    supports ${tactics[2]}`,
        '}',
        ''
    );
    return tactics;
}
