// "Security Key or Trusted Platform": runs the WebAuthn ceremony the page describes (in #webauthn's
// data attributes) when the person presses the button, and posts the authenticator's answer back,
// base64url-encoded, with the page's CSRF token. The IdP verifies everything; this script only
// carries bytes. A refusal by the browser or the key is posted too (its DOMException name), so
// the IdP says what went wrong in the page's language.
(function () {
  'use strict';
  var box = document.getElementById('webauthn');
  var button = document.getElementById('use-key');
  var form = document.getElementById('webauthn-answer');
  if (!box || !button || !form) { return; }
  if (!window.PublicKeyCredential || !navigator.credentials) {
    document.getElementById('webauthn-unsupported').hidden = false;
    button.disabled = true;
    return;
  }

  function toBytes(base64url) {
    var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    while (base64.length % 4) { base64 += '='; }
    var text = atob(base64);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) { bytes[i] = text.charCodeAt(i); }
    return bytes;
  }

  function toBase64url(buffer) {
    if (!buffer) { return ''; }
    var bytes = new Uint8Array(buffer);
    var text = '';
    for (var i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function credentials() {
    var ids = box.getAttribute('data-credential-ids');
    return ids ? ids.split(',').map(function (id) { return { type: 'public-key', id: toBytes(id) }; }) : [];
  }

  function send(fields) {
    Object.keys(fields).forEach(function (name) { form.elements[name].value = fields[name]; });
    form.submit();
  }

  function create() {
    return navigator.credentials.create({ publicKey: {
      challenge: toBytes(box.getAttribute('data-challenge')),
      rp: { id: box.getAttribute('data-rp-id'), name: box.getAttribute('data-rp-name') },
      user: {
        id: toBytes(box.getAttribute('data-user-id')),
        name: box.getAttribute('data-user-name'),
        displayName: box.getAttribute('data-user-display-name')
      },
      // ES256, EdDSA, RS256: what security keys and the computers' own authenticators offer.
      pubKeyCredParams: [{ type: 'public-key', alg: -7 }, { type: 'public-key', alg: -8 }, { type: 'public-key', alg: -257 }],
      excludeCredentials: credentials(),
      authenticatorSelection: { userVerification: 'preferred', residentKey: 'discouraged' },
      attestation: 'none',
      timeout: Number(box.getAttribute('data-timeout'))
    } }).then(function (credential) {
      send({
        credentialId: toBase64url(credential.rawId),
        clientDataJSON: toBase64url(credential.response.clientDataJSON),
        attestationObject: toBase64url(credential.response.attestationObject)
      });
    });
  }

  function get() {
    return navigator.credentials.get({ publicKey: {
      challenge: toBytes(box.getAttribute('data-challenge')),
      rpId: box.getAttribute('data-rp-id'),
      allowCredentials: credentials(),
      userVerification: 'preferred',
      timeout: Number(box.getAttribute('data-timeout'))
    } }).then(function (credential) {
      send({
        credentialId: toBase64url(credential.rawId),
        clientDataJSON: toBase64url(credential.response.clientDataJSON),
        authenticatorData: toBase64url(credential.response.authenticatorData),
        signature: toBase64url(credential.response.signature),
        userHandle: toBase64url(credential.response.userHandle)
      });
    });
  }

  button.addEventListener('click', function () {
    button.disabled = true;
    var ceremony = box.getAttribute('data-mode') === 'create' ? create : get;
    ceremony().catch(function (error) {
      send({ error: (error && error.name) || 'Error' });
    });
  });
})();
