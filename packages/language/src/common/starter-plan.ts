/**
 * The starter plan `smart init` writes: every construct of the language once, with
 * comments that explain the SMART method, dated from today so that it lints clean on
 * the day it is written.
 */
import { controlCharactersAsSpaces } from './control-characters.js';
import { addMonths, endOfMonth, formatDay } from './dates.js';

/** The plan's title on one line: line breaks and other control characters become spaces (a newline would end the comment it opens). */
function oneLine(title: string): string {
    return controlCharactersAsSpaces(title).trim() || 'Marketing plan';
}

export function starterPlan(rawTitle: string, today: number): string {
    const title = oneLine(rawTitle);
    const day = formatDay;
    const start = today;
    const end = endOfMonth(addMonths(today, 11));
    const at = (months: number) => day(endOfMonth(addMonths(today, months)));
    return `// ${title}: a SMART marketing plan. Lint it with \`smart lint\`; see the README for the language.
plan "${title.replace(/["\\]/g, '')}" {
    owner alex                          // who is accountable for the whole plan
    period ${day(start)} to ${day(end)}
    review every 2 weeks                // built-in review sessions (R)
    currency USD
    description "Where we are, where we want to be, and how we get there"
}

// import "./corporate.smart"          // names of an imported plan become visible here

person alex "Alex Example" {
    role "Marketing lead"
}

// Know your ideal client: the avatar.
avatar idealClient "Owner of a small service business" {
    segment "Service businesses with 1-10 staff"
    market b2b
    need moreLeads "A steady flow of qualified leads"
    motivation "Grow without working longer hours"
    criteria "Pays back within one quarter"
    channel linkedin
}

// Start where you are.
swot {
    strength "Deep knowledge of our clients' trade"
    weakness "No marketing list yet"
    opportunity "Competitors ignore small businesses"
    threat "Cheap self-service tools"
}

metric leads "Qualified leads per month" unit count

// A SMART goal: Specific (for), Measurable (metric, target), Aligned and Accountable
// (owner, a strategy serving it), Reasonable (baseline, benchmarks), Time-bound (by).
goal growLeads "Double qualified leads" {
    for idealClient
    metric leads
    baseline 20 on ${day(start)}
    benchmark 25 by ${at(2)}
    benchmark 30 by ${at(5)}
    benchmark 35 by ${at(8)}
    target 40 by ${day(end)}
    owner alex
}

// Strategy is the message: what you say, and to whom.
strategy trustedExpert "Be the trusted expert of the trade" {
    serves growLeads
    audience idealClient
    addresses idealClient.moreLeads
    message "We know your trade: here is how peers win more clients"
    proposition "Practical playbooks from twenty years in the trade"
}

// Tactics are the medium that delivers the message.
tactic caseStudies "Monthly case study on LinkedIn" {
    executes trustedExpert
    channel linkedin
    owner alex
    budget 300 USD per month
    from ${day(start)} to ${day(end)}
    moves leads
}

// Mirror the client's buying process with a marketing reaction at each step.
journey buying for idealClient {
    step aware "Notices a peer's success story" {
        reaction caseStudies
        stakeholder "Business partner"
        competitor "Self-service tools"
        worst "Decides to do it alone"
        alternative "A free checklist"
    }
}

// Check in on progress at each review: checkin DATE { GOAL VALUE [confidence high] ["note"] }
// checkin ${at(1)} { growLeads 22 "First case study out" }

// Record each review session as it is held.
review ${day(start)} "Kick-off" {
    attendee alex
    decision "Publish the first case study this month"
}

skill storytelling "Write a client story" {
    coach alex
    supports caseStudies
}
`;
}
