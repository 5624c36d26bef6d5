/**
 * The four classic data sets Descent ships (public/data/, gzip-compressed CSV, loaded only when
 * a scenario uses one): what each holds, and its credit. They come from the UCI Machine Learning
 * Repository in the layout scikit-learn ships them (sklearn/datasets/data/, taken from Debian's
 * python3-sklearn 1.2.1), and are licensed CC BY 4.0 by the UCI repository: the creators are
 * credited wherever a set is chosen (the problem picker's cards, the Data tab) and in
 * docs/models.md. Pure and small: the first view carries this table, never the data.
 */
import type { DataSetName } from '../../scenario/table-types';

/** Where a data set comes from, as its credit line says it. */
export interface DataSetCredit {
  /** The creators, as the UCI repository names them. */
  readonly creators: string;
  readonly year: number;
  /** The data set's title in the UCI repository. */
  readonly title: string;
  /** Its page in the UCI repository. */
  readonly url: string;
}

/** A shipped data set. */
export interface DataSetInfo {
  readonly name: DataSetName;
  /** English title, e.g. "Handwritten digits". */
  readonly title: string;
  /** The file under public/data/ (served at `<base>data/<file>`). */
  readonly file: string;
  readonly samples: number;
  readonly features: number;
  /** The class names, in label order (label k is `classNames[k]`). */
  readonly classNames: readonly string[];
  /**
   * Whether the file starts with scikit-learn's row `n,d,class names…` (iris, wine, breast
   * cancer) or goes straight to the data (digits).
   */
  readonly header: boolean;
  /** What one row is, in a few words. */
  readonly content: string;
  /** For images: the picture's height and width in pixels (features = their product). */
  readonly image?: readonly [number, number];
  readonly credit: DataSetCredit;
}

/** Every shipped set's licence (the UCI repository's). */
export const DATA_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export const DATA_SETS: Readonly<Record<DataSetName, DataSetInfo>> = {
  digits: {
    name: 'digits',
    title: 'Handwritten digits',
    file: 'digits.csv.gz',
    samples: 1797,
    features: 64,
    classNames: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    header: false,
    content: '8 × 8 pixels, ink 0–16',
    image: [8, 8],
    credit: {
      creators: 'E. Alpaydin, C. Kaynak',
      year: 1998,
      title: 'Optical Recognition of Handwritten Digits',
      url: 'https://archive.ics.uci.edu/dataset/80/optical+recognition+of+handwritten+digits',
    },
  },
  iris: {
    name: 'iris',
    title: 'Iris flowers',
    file: 'iris.csv.gz',
    samples: 150,
    features: 4,
    classNames: ['setosa', 'versicolor', 'virginica'],
    header: true,
    content: 'sepal and petal length and width, cm',
    credit: {
      creators: 'R. A. Fisher',
      year: 1936,
      title: 'Iris',
      url: 'https://archive.ics.uci.edu/dataset/53/iris',
    },
  },
  wine: {
    name: 'wine',
    title: 'Wines',
    file: 'wine.csv.gz',
    samples: 178,
    features: 13,
    classNames: ['class_0', 'class_1', 'class_2'],
    header: true,
    content: '13 chemical measurements of wines from three cultivars',
    credit: {
      creators: 'M. Forina et al.',
      year: 1988,
      title: 'Wine',
      url: 'https://archive.ics.uci.edu/dataset/109/wine',
    },
  },
  'breast-cancer': {
    name: 'breast-cancer',
    title: 'Breast cancer',
    file: 'breast-cancer.csv.gz',
    samples: 569,
    features: 30,
    classNames: ['malignant', 'benign'],
    header: true,
    content: '30 measurements of cell nuclei in a biopsy image',
    credit: {
      creators: 'W. H. Wolberg, W. N. Street, O. L. Mangasarian',
      year: 1995,
      title: 'Breast Cancer Wisconsin (Diagnostic)',
      url: 'https://archive.ics.uci.edu/dataset/17/breast+cancer+wisconsin+diagnostic',
    },
  },
};

/** The credit line of a set: "E. Alpaydin, C. Kaynak (1998), Optical Recognition of …". */
export function creditLine(info: DataSetInfo): string {
  const { creators, year, title } = info.credit;
  return `${creators} (${year}), ${title}, UCI Machine Learning Repository, ${DATA_LICENCE.name}`;
}
