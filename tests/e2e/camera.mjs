// A webcam for the end-to-end tests: the page's camera is replaced by a canvas stream
// showing one of the given pictures, so the app's real frame-to-decoder path runs on
// known images. WebKitWebDriver has no fake capture device of its own.

/** A computer whose camera fails with the DOMException `name` (NotAllowedError: refused). */
export function noCamera(s, name) {
  return s.exec(
    `const md = MediaDevices.prototype;
     md.getUserMedia = async () => { throw new DOMException('test camera', arguments[0]); };
     md.enumerateDevices = async () => [];`,
    [name],
  );
}

/**
 * Replaces the camera with a 1280×720 canvas showing picture `window.__fakeCamera.show` of
 * `urls` (grey with none: -1), starting at `first`. `__fakeCamera` also counts the
 * getUserMedia calls and keeps the tracks handed out, to check that they are stopped.
 */
export function fakeCamera(s, urls, first = -1) {
  return s.exec(
    `const urls = arguments[0];
     const imgs = urls.map((u) => { const i = new Image(); i.src = u; return i; });
     const canvas = document.createElement('canvas');
     canvas.width = 1280; canvas.height = 720;
     const ctx = canvas.getContext('2d');
     const cam = { show: arguments[1], tracks: [], calls: 0, frames: 0 };
     window.__fakeCamera = cam;
     setInterval(() => {
       ctx.fillStyle = '#6b6b6b';
       ctx.fillRect(0, 0, 1280, 720);
       const i = imgs[cam.show];
       if (i && i.complete && i.naturalWidth) {
         const k = Math.min(1280 / i.naturalWidth, 720 / i.naturalHeight);
         ctx.drawImage(i, (1280 - i.naturalWidth * k) / 2, (720 - i.naturalHeight * k) / 2, i.naturalWidth * k, i.naturalHeight * k);
       }
       cam.frames++;
     }, 80);
     // On the prototype: WebKit may drop and remake the navigator.mediaDevices wrapper, and
     // with it any property set on the object itself.
     const md = MediaDevices.prototype;
     md.getUserMedia = async () => {
       cam.calls++;
       const stream = canvas.captureStream(15);
       cam.tracks.push(...stream.getTracks());
       return stream;
     };
     md.enumerateDevices = async () => [
       { kind: 'videoinput', deviceId: 'desk', label: 'Desk camera (test)', groupId: 'a' },
       { kind: 'videoinput', deviceId: 'usb', label: 'USB camera (test)', groupId: 'b' },
     ];
     return typeof canvas.captureStream;`,
    [urls, first],
  );
}
