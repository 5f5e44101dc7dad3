package vn.tramso.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import vn.tramso.base.CameraFrames;

/**
 * Reads QR codes two ways while attached: from the camera (the browser sends a frame a few times
 * a second, the server decodes it with ZXing and keeps nothing), and from a USB scanner that types
 * like a keyboard (fast keystrokes ending in Enter, outside any text field). Each text read goes
 * to the listener once; the camera and the key listener stop when the component leaves the screen.
 */
public class QrScanner extends Div {

    /** Camera frames one screen may have decoded per second; the page sends about four. */
    static final int FRAMES_PER_SECOND = 5;

    private static final String START = """
            const el = $0, useCamera = $1, id = $2;
            const scanners = window.__qrScanners || (window.__qrScanners = {});
            if (scanners[id]) scanners[id].stop();
            const s = scanners[id] = {stopped: false, buf: '', last: 0};
            const onKey = e => {
              if (s.stopped) return;
              const t = e.target;
              if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
              const now = performance.now();
              if (now - s.last > 300) s.buf = '';
              s.last = now;
              if (e.key === 'Enter') {
                if (s.buf.length >= 8) { el.$server.typed(s.buf); e.preventDefault(); }
                s.buf = '';
              } else if (e.key.length === 1 && s.buf.length < 1000) {
                s.buf += e.key;
              }
            };
            document.addEventListener('keydown', onKey, true);
            s.stop = () => {
              s.stopped = true;
              delete scanners[id];
              document.removeEventListener('keydown', onKey, true);
              clearTimeout(s.timer);
              if (s.stream) s.stream.getTracks().forEach(t => t.stop());
            };
            if (!useCamera) return;
            if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) { el.$server.cameraUnavailable(); return; }
            const video = document.createElement('video');
            video.muted = true; video.setAttribute('playsinline', ''); video.className = 'qr-video';
            video.setAttribute('aria-hidden', 'true');
            el.appendChild(video);
            const canvas = document.createElement('canvas');
            navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment', width: {ideal: 1280}}, audio: false})
              .then(stream => {
                if (s.stopped) { stream.getTracks().forEach(t => t.stop()); return; }
                s.stream = stream; video.srcObject = stream; return video.play();
              })
              .then(() => {
                const tick = () => {
                  if (s.stopped) return;
                  if (!video.videoWidth) { s.timer = setTimeout(tick, 200); return; }
                  const scale = Math.min(1, 960 / video.videoWidth);
                  canvas.width = Math.round(video.videoWidth * scale);
                  canvas.height = Math.round(video.videoHeight * scale);
                  canvas.getContext('2d').drawImage(video, 0, 0, canvas.width, canvas.height);
                  el.$server.frame(canvas.toDataURL('image/jpeg', 0.9))
                    .finally(() => { if (!s.stopped) s.timer = setTimeout(tick, 250); });
                };
                tick();
              })
              .catch(() => { if (!s.stopped) el.$server.cameraUnavailable(); });
            """;
    /** By id, not element: a detached element reaches the browser as null. */
    private static final String STOP = "const s = window.__qrScanners && window.__qrScanners[$0]; if (s) s.stop();";
    private static final AtomicLong IDS = new AtomicLong();

    private final String id = "qr-" + IDS.incrementAndGet();

    private final boolean camera;
    private final Consumer<String> onRead;
    private final Runnable onCameraUnavailable;
    private String lastRead;
    private long lastReadAt;

    /**
     * @param camera              whether to use the camera (else only a USB scanner)
     * @param onRead              gets each text read
     * @param onCameraUnavailable told when the camera cannot be opened (none, or permission refused)
     */
    public QrScanner(boolean camera, Consumer<String> onRead, Runnable onCameraUnavailable) {
        this.camera = camera;
        this.onRead = onRead;
        this.onCameraUnavailable = onCameraUnavailable;
        addClassName("qr-scanner");
        if (!camera) {
            getStyle().set("display", "none");
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        getElement().executeJs(START, getElement(), camera, id);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().getPage().executeJs(STOP, id);
    }

    /**
     * A camera frame from the page. Frames beyond {@value #FRAMES_PER_SECOND} a second on one
     * screen are dropped undecoded; {@link CameraFrames} refuses anything but a small JPEG.
     */
    @ClientCallable
    void frame(String dataUrl) {
        UI ui = UI.getCurrent();
        FrameBudget budget = ComponentUtil.getData(ui, FrameBudget.class);
        if (budget == null) {
            budget = new FrameBudget(FRAMES_PER_SECOND);
            ComponentUtil.setData(ui, FrameBudget.class, budget);
        }
        if (budget.take(System.nanoTime())) {
            CameraFrames.Result result = CameraFrames.read(dataUrl);
            if (result.outcome() == CameraFrames.Outcome.READ) {
                deliver(result.text());
            }
        }
    }

    @ClientCallable
    void typed(String text) {
        if (text != null && text.length() <= 1000) {
            deliver(text);
        }
    }

    @ClientCallable
    void cameraUnavailable() {
        onCameraUnavailable.run();
    }

    /**
     * Hands a text read by the camera or a scanner on, once: the camera sees the same code in
     * many frames. Tests call it in place of a camera.
     */
    public void deliver(String text) {
        long now = System.currentTimeMillis();
        if (text.equals(lastRead) && now - lastReadAt < 3000) {
            return;
        }
        lastRead = text;
        lastReadAt = now;
        onRead.accept(text);
    }
}
