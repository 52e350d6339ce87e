/**
 * Words the corpus generator draws from, so generated plans read like the plans a
 * marketing consultant writes (see examples/): people and roles, ideal clients with their
 * needs, metrics with their units, channels, messages and journey steps.
 */
export const PEOPLE = [
    ['lena', 'Lena Fischer'], ['omar', 'Omar Haddad'], ['kim', 'Kim Park'], ['rosa', 'Rosa Alvarez'],
    ['tariq', 'Tariq Aziz'], ['ingrid', 'Ingrid Berg'], ['mateo', 'Mateo Rossi'], ['aisha', 'Aisha Bello'],
    ['jonas', 'Jonas Weber'], ['mei', 'Mei Tanaka'], ['priya', 'Priya Shah'], ['liam', 'Liam Murphy']
];

export const ROLES = [
    'Regional marketing lead', 'Content producer', 'Demand generation manager', 'Partner marketing',
    'Field sales director', 'Community manager', 'Customer success lead', 'Brand and PR'
];

export const AVATARS = [
    { name: 'opsManager', title: 'Operations manager at a mid-size logistics firm', segment: 'Firms running 20-200 vehicles', market: 'b2b',
        needs: [['onTime', 'Deliveries that arrive on time'], ['lowerCost', 'Lower cost per delivery'], ['visibility', 'Live visibility of every route']] },
    { name: 'clinicOwner', title: 'Owner of an independent physiotherapy clinic', segment: 'Clinics with 2-10 therapists', market: 'b2b',
        needs: [['fullDiary', 'A full appointment diary'], ['lessAdmin', 'Less time on admin and billing'], ['retention', 'Patients who finish their treatment plan']] },
    { name: 'soloCoach', title: 'Solo coach, 1-3 years in business', segment: 'Independent certified coaches', market: 'b2c',
        needs: [['pipeline', 'A predictable client pipeline'], ['pricing', 'Confidence to charge what they are worth'], ['timeFit', 'Marketing that fits into two hours a week']] },
    { name: 'plantDirector', title: 'Plant director at a mid-size manufacturer', segment: 'Plants with 100-1,000 staff', market: 'b2b',
        needs: [['uptime', 'Less unplanned downtime'], ['safety', 'Fewer safety incidents'], ['skills', 'New technicians productive fast']] },
    { name: 'newParent', title: 'First-time parent returning to work', segment: 'Parents of children under three', market: 'b2c',
        needs: [['reliableCare', 'Childcare they can rely on'], ['flexibility', 'Flexible pick-up times'], ['trust', 'Carers they trust']] }
];

export const MOTIVATIONS = ['Fewer surprises at month end', 'Be seen as the one who fixed it', 'Get evenings back', 'Grow without hiring', 'Sleep well before an audit'];
export const CRITERIA = ['Live in under 90 days', 'No long contract', 'Works on a phone', 'Integrates with the current tools', 'One invoice a month'];
export const CHANNELS = ['linkedin', 'webinar', 'email', 'podcast', 'events', 'search', 'partners', 'youtube', 'facebook', 'community'];

export const METRICS = [
    { name: 'leads', title: 'Qualified leads per month', unit: 'count', base: [80, 400], growth: [1.4, 2.2] },
    { name: 'revenue', title: 'New annual revenue', unit: 'USD', base: [200000, 900000], growth: [1.3, 1.9] },
    { name: 'customers', title: 'Paying customers', unit: 'count', base: [120, 900], growth: [1.3, 1.8] },
    { name: 'subscribers', title: 'Newsletter subscribers', unit: 'count', base: [500, 4000], growth: [1.6, 2.6] },
    { name: 'trials', title: 'Trial sign-ups per month', unit: 'count', base: [60, 300], growth: [1.5, 2.4] }
];
/** Metrics whose goals go down (a decreasing goal). */
export const FALLING_METRICS = [
    { name: 'churn', title: 'Monthly churn', unit: '%', base: [6, 9], growth: [0.5, 0.7] },
    { name: 'cac', title: 'Blended customer acquisition cost', unit: 'USD', base: [900, 1500], growth: [0.7, 0.85] }
];

export const GOAL_VERBS = { leads: 'Grow qualified leads', revenue: 'Grow new revenue', customers: 'Win paying customers', subscribers: 'Build the newsletter list', trials: 'Grow trial sign-ups', churn: 'Cut monthly churn', cac: 'Bring acquisition cost down' };

export const MESSAGES = [
    ['trustedAdvisor', 'Position us as the trusted advisor', 'We have solved this for firms like yours', 'A free audit with a written action plan'],
    ['provenPayback', 'Prove payback before the first invoice', 'You see the saving before you pay for it', 'A 30-day pilot with a money-back guarantee'],
    ['simpleStart', 'Start small, grow with us', 'Up and running in an afternoon', 'Templates for the first ten jobs'],
    ['communityFirst', 'A community you do not want to leave', 'Nobody figures this out alone here', 'Weekly group calls and a peer forum']
];

export const TACTICS = [
    ['monthlyWebinar', 'Monthly live webinar', 'webinar'], ['caseStudies', 'Customer case-study series', 'linkedin'],
    ['nurtureEmails', 'Nurture email sequence', 'email'], ['partnerDays', 'Partner open days', 'partners'],
    ['searchAds', 'Search ads on buying-intent terms', 'search'], ['fieldPodcast', 'Podcast: questions from the field', 'podcast'],
    ['tradeShows', 'Regional trade shows', 'events'], ['howToVideos', 'How-to video series', 'youtube']
];

export const STEPS = [
    ['aware', 'Hears about us', 'Word of mouth from a peer'], ['compare', 'Compares the options', 'A cheaper local provider'],
    ['trial', 'Tries it out', 'A free spreadsheet template'], ['decide', 'Decides with the budget holder', 'Doing nothing this year'],
    ['stay', 'Stays past the first quarter', 'Switching back to the old way']
];

export const STAKEHOLDERS = ['Finance director', 'Spouse or partner', 'IT manager', 'Procurement'];
export const DECISIONS = ['Move the webinar to Tuesdays', 'Double the budget of the best channel', 'Pause the weakest tactic for a month', 'Add a second case study per quarter'];
export const SKILLS = [['discoveryCall', 'Run a 20-minute discovery call'], ['writeCaseStudy', 'Write a case study in a day'], ['hostWebinar', 'Host a live webinar'], ['readFunnel', 'Read the funnel report']];
