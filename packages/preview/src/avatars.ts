/**
 * The ideal clients: each avatar with its segment and market, its needs (and the
 * strategies that address each, or a flag when none does), its motivations, buying
 * criteria and channels.
 */
import type { AvatarView } from '@smart-plan/language/protocol';
import type { RenderContext } from './context.js';
import { html, type SafeHtml } from './escape.js';
import { declarationAttributes, headingId, needId, renderRefs, sectionHeadingId } from './refs.js';

export function renderAvatars(context: RenderContext): SafeHtml {
    const { avatars } = context.view;
    if (avatars.length === 0) {
        return html``;
    }
    return html`<section class="sp-section sp-avatars" aria-labelledby="${sectionHeadingId(context, 'avatars')}">
<h2 id="${sectionHeadingId(context, 'avatars')}">Ideal clients</h2>
<div class="sp-grid">${avatars.map(avatar => renderAvatar(context, avatar))}</div>
</section>`;
}

function renderAvatar(context: RenderContext, avatar: AvatarView): SafeHtml {
    const title = headingId(context, 'avatar', avatar.name);
    const list = (label: string, items: readonly string[]) => items.length === 0 ? '' : html`<div><dt>${label}</dt><dd><ul class="sp-list">${items.map(item => html`<li>${item}</li>`)}</ul></dd></div>`;
    return html`<article class="sp-card sp-avatar-card"${declarationAttributes(context, avatar.line, { anchor: ['avatar', avatar.name], labelledBy: title })}>
<header class="sp-node"><span class="sp-node-kind">Avatar</span><h3 class="sp-node-title" id="${title}">${avatar.title}</h3>${avatar.market ? html`<span class="sp-tag">${avatar.market}</span>` : ''}</header>
${avatar.segment ? html`<p class="sp-segment">${avatar.segment}</p>` : ''}
<h4 class="sp-part-heading">Needs</h4>
${avatar.needs.length > 0 ? html`<ul class="sp-needs">${avatar.needs.map(need => html`<li id="${needId(context, avatar.name, need.name)}" class="${need.addressedBy.length > 0 ? 'sp-need' : 'sp-need sp-need-open'}">
<span class="sp-need-title">${need.title}</span>
${need.addressedBy.length > 0
        ? html`<span class="sp-need-by">addressed by ${renderRefs(context, 'strategy', need.addressedBy)}</span>`
        : html`<span class="sp-step-flag"><span aria-hidden="true">⚠</span> addressed by no strategy</span>`}
</li>`)}</ul>` : html`<p class="sp-tree-missing">No need named yet.</p>`}
<dl class="sp-props">
${list('Motivations', avatar.motivations)}
${list('Buying criteria', avatar.criteria)}
${avatar.channels.length > 0 ? html`<div><dt>Channels</dt><dd>${avatar.channels.map(channel => html`<span class="sp-tag">${channel}</span> `)}</dd></div>` : ''}
</dl>
</article>`;
}
