import { BrowserQRCodeReader, type IScannerControls } from '@zxing/browser';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The camera as a fallback scanner (ZXing); loaded only when someone asks for it. */
export default function CameraScanner({ onScan }: { onScan: (text: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let controls: IScannerControls | undefined;
    let stopped = false;
    new BrowserQRCodeReader()
      .decodeFromVideoDevice(undefined, video.current!, (result, _error, scanner) => {
        if (result && !stopped) {
          stopped = true;
          scanner.stop();
          onScan(result.getText());
        }
      })
      .then((started) => {
        controls = started;
        if (stopped) started.stop();
      })
      .catch(() => setFailed(true));
    return () => {
      stopped = true;
      controls?.stop();
    };
  }, [onScan]);
  return failed ? (
    <p role="alert">{t('kiosk.cameraUnavailable')}</p>
  ) : (
    <video ref={video} className="camera" muted playsInline aria-label={t('kiosk.camera')} />
  );
}
