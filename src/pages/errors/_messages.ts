// Words of the server's error pages (src/pages/errors/[status].astro), one entry per page nginx serves for an error.
import type { Lang } from '../../locale';

interface ErrorText {
  title: string;
  body: string;
}

/** Page name → the statuses it answers and its words in both languages. */
export const ERROR_PAGES: Record<string, { statuses: number[] } & Record<Lang, ErrorText>> = {
  '400': {
    statuses: [400],
    zh: { title: '请求有误', body: '服务器无法理解这个请求。请检查网址，然后再试一次。' },
    en: {
      title: 'Bad request',
      body: 'The server could not understand this request. Check the address and try again.',
    },
  },
  '403': {
    statuses: [403],
    zh: { title: '禁止访问', body: '这个地址不对读者开放。' },
    en: { title: 'Forbidden', body: 'This address is not open to readers.' },
  },
  '405': {
    statuses: [405],
    zh: { title: '不支持这种请求方式', body: '本网站只提供可阅读的页面和文件，不接收提交的数据。' },
    en: {
      title: 'Method not allowed',
      body: 'This site only serves pages and files to read; it does not accept submissions.',
    },
  },
  '414': {
    statuses: [414],
    zh: { title: '网址太长', body: '这个网址太长，服务器无法处理。请检查链接是否完整、正确。' },
    en: {
      title: 'Address too long',
      body: 'This address is too long for the server. Check that the link is complete and correct.',
    },
  },
  '416': {
    statuses: [416],
    zh: { title: '请求的范围无效', body: '所请求的部分超出了文件的末尾。请重新下载整个文件。' },
    en: {
      title: 'Range not satisfiable',
      body: 'The part of the file that was requested lies beyond its end. Download the whole file again.',
    },
  },
  '5xx': {
    statuses: [500, 502, 503, 504],
    zh: { title: '服务器出错', body: '服务器暂时无法完成这个请求。请稍后再试。' },
    en: { title: 'Server error', body: 'The server could not complete this request just now. Please try again later.' },
  },
};
