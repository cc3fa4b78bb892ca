// Privacy Desk: "Preview the letter" in the Prepare answer form, with the handler's words in a POST body.
// The form's link can carry only codes (form-js cannot post a form, and words in a URL end up in proxy logs and
// browser history). This script catches a click on that link, asks the preview page which form fields hold words
// (and for its anti-forgery token), copies their current values from the open form, and posts them to the
// preview in a new tab. Without the script the link still opens the page, where the words can be typed.
const PREVIEW_LINK = /^\/cases\/[^/?#]+\/letter-preview(\?|$)/;

function hidden(form, name, value) {
  const input = document.createElement('input');
  input.type = 'hidden';
  input.name = name;
  input.value = value;
  form.appendChild(input);
}

// form-js gives each field the DOM id "fjs-form-<form instance>-<component id>".
function currentValue(scope, componentId) {
  const field = scope.querySelector(`[id$="-${CSS.escape(componentId)}"]`);
  return field && typeof field.value === 'string' ? field.value : '';
}

async function openPreview(link, href) {
  const target = `letter-preview-${Date.now()}`;
  // Opened during the click, so popup blockers let it through; filled once the page has answered.
  const tab = window.open('about:blank', target);
  const url = new URL(href, window.location.href);
  try {
    const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const words = page.getElementById('preview-words');
    if (!response.ok && response.status !== 422 || !words) {
      // The page itself says what is wrong (login, access, an old link).
      if (tab) {
        tab.location.href = url.href;
      }
      return;
    }
    const scope = link.closest('form, .fjs-container') || document;
    const post = document.createElement('form');
    post.method = 'post';
    post.action = url.pathname;
    post.target = tab ? target : '_blank';
    post.acceptCharset = 'UTF-8';
    post.style.display = 'none';
    for (const input of words.querySelectorAll('input[type=hidden]')) {
      hidden(post, input.name, input.value);
    }
    for (const field of words.querySelectorAll('[data-form-field]')) {
      hidden(post, field.name, currentValue(scope, field.dataset.formField));
    }
    document.body.appendChild(post);
    post.submit();
    post.remove();
  } catch (error) {
    if (tab) {
      tab.location.href = url.href;
    }
  }
}

document.addEventListener('click', event => {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  const href = link ? link.getAttribute('href') : null;
  if (!href || !PREVIEW_LINK.test(href) || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) {
    return;
  }
  event.preventDefault();
  event.stopPropagation();
  openPreview(link, href);
}, true);

export default [];
