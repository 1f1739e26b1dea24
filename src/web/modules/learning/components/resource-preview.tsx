import { Alert, Empty, Image } from 'antd';
import type { VideoHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResourceDetail } from '../../../../shared/contracts/learning/resources.js';
import { fileUrl, sandboxUrl } from '../api/learning.api.js';

/** Media events a course player listens to (resume position, progress, completion at the end). */
export type MediaEvents = Pick<VideoHTMLAttributes<HTMLMediaElement>, 'onLoadedMetadata' | 'onTimeUpdate' | 'onPause' | 'onEnded'>;

export type ResourcePreviewProps = { resource: ResourceDetail; mediaEvents?: MediaEvents };

const frameStyle = { width: '100%', height: 560, border: '1px solid #f0f0f0', borderRadius: 8 } as const;

/**
 * In-browser preview: PDF in the browser's own viewer (an iframe of the file, served inline with
 * a strict CSP), video and audio with native controls (the server answers Range requests, so
 * seeking works), images, and H5 pages in an iframe sandboxed without same-origin access.
 */
export function ResourcePreview({ resource, mediaEvents }: ResourcePreviewProps) {
  const { t } = useTranslation();
  const file = resource.file;
  if (!file) return <Empty description={t('learning.detail.noFile')} />;
  const title = resource.title['zh-CN'] || resource.title.en || file.fileName;
  switch (file.previewKind) {
    case 'pdf':
      return <iframe title={title} src={fileUrl(resource.id)} style={frameStyle} />;
    case 'video':
      return <video src={fileUrl(resource.id)} controls preload="metadata" {...mediaEvents} data-testid="resource-video" style={{ width: '100%', maxHeight: 560, background: '#000' }} />;
    case 'audio':
      return <audio src={fileUrl(resource.id)} controls {...mediaEvents} style={{ width: '100%' }} />;
    case 'image':
      return <Image src={fileUrl(resource.id)} alt={title} style={{ maxHeight: 560 }} />;
    case 'h5':
      return (
        <>
          <Alert type="info" showIcon message={t('learning.detail.h5Notice')} style={{ marginBottom: 8 }} />
          <iframe title={title} src={sandboxUrl(resource.id)} sandbox="allow-scripts" referrerPolicy="no-referrer" style={frameStyle} data-testid="h5-frame" />
        </>
      );
    case 'download':
      return <Empty description={t('learning.detail.noPreview')} />;
  }
}
