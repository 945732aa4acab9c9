/**
 * Random negatives of the world: names of people of many nationalities, as their own documents write them,
 * and companies built on ordinary words, to be screened against the WHOLE list the product screens by default
 * (every regime, not only the DPRK's). A name is kept only when it is nobody listed and nobody near a listed
 * name: every word of a listed name of two words or more given in it (in a loose spelling key), or every word
 * of it found in one listed name, drops it; a Korean or Chinese name that shares more than one syllable with a
 * listed name is dropped too (one syllable changed is measured apart). Built from our own pools of common
 * names (no listed name is read to make them); a seed makes every run draw the same names.
 */
import { foldWords } from '../../src/screening/normalize/fold.ts';
import { segmentSyllables, syllableReadings } from '../../src/screening/normalize/syllables.ts';
import { pick } from './rng.ts';
import { sharedSyllables, type Syllables } from './random-negatives.ts';

type Rand = () => number;

const ARAB_MALE = ['Mohammed', 'Muhammad', 'Mohamed', 'Ahmed', 'Ahmad', 'Ali', 'Hassan', 'Hussein', 'Omar', 'Khalid', 'Abdullah', 'Abdulrahman', 'Ibrahim', 'Yusuf', 'Mahmoud', 'Mustafa', 'Tariq', 'Saeed', 'Saleh', 'Fahd', 'Faisal', 'Nasser', 'Hamza', 'Bilal', 'Karim', 'Walid', 'Adel', 'Samir', 'Jamal', 'Rashid', 'Ziad', 'Majid', 'Sami', 'Hamad', 'Sultan', 'Khaled', 'Anwar', 'Imad', 'Nabil', 'Fouad', 'Yasser', 'Hisham', 'Marwan', 'Ayman', 'Abdulaziz', 'Abdelkader', 'Mansour', 'Youssef', 'Hamid', 'Salem'];
const ARAB_FEMALE = ['Fatima', 'Aisha', 'Mariam', 'Noor', 'Layla', 'Huda', 'Salma', 'Amal', 'Rania', 'Zainab', 'Khadija', 'Yasmin', 'Hana', 'Samira', 'Nadia'];
const ARAB_FAMILY = ['Al-Rashid', 'Al-Hashimi', 'Al-Qahtani', 'Al-Otaibi', 'Al-Dosari', 'Al-Harbi', 'Al-Shammari', 'Haddad', 'Khoury', 'Nasser', 'Hamdan', 'Mansour', 'Abboud', 'Darwish', 'Farouk', 'Aziz', 'Al-Masri', 'El-Sayed', 'Hamdi', 'Ghanem', 'Al-Amin', 'Al-Tamimi', 'Al-Zahrani', 'Al-Ghamdi', 'Al-Mutairi', 'Al-Anazi', 'Jaber', 'Yassin', 'Suleiman', 'Al-Khatib', 'Barakat', 'Al-Najjar', 'Al-Hakim', 'Qasim', 'Al-Jaziri', 'Al-Kuwari', 'Al-Mansouri', 'Bakri', 'El-Amin', 'Al-Ansari', 'Taha', 'Al-Saadi', 'Al-Bakri', 'Hijazi', 'Al-Habib'];

const CN_FAMILY = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'He', 'Lin', 'Gao', 'Luo', 'Zheng', 'Liang', 'Xie', 'Song', 'Tang', 'Han', 'Feng', 'Deng', 'Cao', 'Peng', 'Zeng', 'Xiao', 'Tian', 'Dong', 'Pan', 'Yuan', 'Cai', 'Jiang', 'Yu', 'Du', 'Ye', 'Cheng', 'Wei', 'Su', 'Lu', 'Ding', 'Ren', 'Shen', 'Yao', 'Fu'];
const CN_GIVEN = ['wei', 'lei', 'jie', 'tao', 'ming', 'hua', 'jun', 'yong', 'qiang', 'fang', 'min', 'jing', 'li', 'xin', 'hui', 'yan', 'ping', 'gang', 'hong', 'bo', 'chao', 'peng', 'hao', 'yu', 'xiao', 'jian', 'feng', 'yi', 'na', 'ting', 'lin', 'zhi', 'guo', 'qing', 'rui', 'kai', 'dong', 'hai', 'bin', 'long', 'shan', 'wen', 'xue', 'yun', 'zhen', 'jia', 'hao', 'xiang', 'dan', 'lan'];

const KR_FAMILY = ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Oh', 'Seo', 'Shin', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Yoo', 'Hong', 'Jeon', 'Ko', 'Moon', 'Yang', 'Baek', 'Nam', 'Noh', 'Ha', 'Kwak', 'Sung'];
const KR_GIVEN = ['min', 'jun', 'seo', 'yeon', 'ji', 'hoon', 'hyun', 'woo', 'su', 'bin', 'eun', 'jae', 'won', 'dong', 'sung', 'young', 'ho', 'jin', 'hye', 'yoon', 'ha', 'na', 'kyung', 'sang', 'tae', 'hee', 'seung', 'joon', 'da', 'in', 'ye', 'ah', 'gyu', 'hwan', 'jeong', 'mi', 'sook', 'ok', 'bae', 'geun'];

const RU_MALE = ['Aleksandr', 'Sergey', 'Dmitry', 'Andrey', 'Alexey', 'Maxim', 'Vladimir', 'Nikolai', 'Mikhail', 'Igor', 'Yuri', 'Oleg', 'Pavel', 'Viktor', 'Roman', 'Konstantin', 'Evgeny', 'Anton', 'Denis', 'Ilya'];
const RU_FEMALE = ['Anna', 'Elena', 'Olga', 'Tatiana', 'Natalia', 'Irina', 'Svetlana', 'Maria', 'Ekaterina', 'Yulia', 'Ksenia', 'Daria'];
const RU_FATHER = ['Aleksandr', 'Sergey', 'Ivan', 'Petr', 'Nikolay', 'Vladimir', 'Mikhail', 'Viktor', 'Andrey', 'Yuri', 'Boris', 'Gennady', 'Anatoly', 'Pavel', 'Fedor'];
const RU_FAMILY = ['Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Vasiliev', 'Petrov', 'Sokolov', 'Mikhailov', 'Novikov', 'Fedorov', 'Morozov', 'Volkov', 'Alekseev', 'Lebedev', 'Semenov', 'Egorov', 'Pavlov', 'Kozlov', 'Stepanov', 'Nikolaev', 'Orlov', 'Andreev', 'Makarov', 'Zakharov', 'Belov', 'Tarasov', 'Komarov', 'Gusev', 'Titov', 'Kiselev'];

const VN_FAMILY = ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Huynh', 'Phan', 'Vu', 'Vo', 'Dang', 'Bui', 'Do', 'Ho', 'Ngo', 'Duong', 'Ly'];
const VN_MIDDLE = ['Van', 'Thi', 'Duc', 'Minh', 'Huu', 'Quoc', 'Thanh', 'Ngoc', 'Xuan', 'Hong'];
const VN_GIVEN = ['An', 'Anh', 'Binh', 'Cuong', 'Dung', 'Hai', 'Hieu', 'Hung', 'Khanh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Phong', 'Phuong', 'Quang', 'Son', 'Thao', 'Thu', 'Trang', 'Trung', 'Tuan', 'Viet', 'Hoa', 'Huong', 'Tam', 'Dat', 'Vinh', 'Nga'];

const IN_GIVEN = ['Rajesh', 'Suresh', 'Ramesh', 'Amit', 'Anil', 'Sunil', 'Vikram', 'Arjun', 'Rahul', 'Sanjay', 'Deepak', 'Pradeep', 'Vijay', 'Ravi', 'Priya', 'Anjali', 'Sunita', 'Kavita', 'Neha', 'Pooja', 'Lakshmi', 'Meena', 'Arun', 'Karthik', 'Srinivas', 'Venkatesh', 'Mohan', 'Ashok', 'Manoj', 'Harish', 'Gaurav', 'Nikhil'];
const IN_MIDDLE = ['Kumar', 'Prasad', 'Chandra', 'Lal', 'Nath', 'Raj', 'Devi', 'Kumari'];
const IN_FAMILY = ['Sharma', 'Verma', 'Gupta', 'Patel', 'Singh', 'Kumar', 'Reddy', 'Rao', 'Iyer', 'Nair', 'Menon', 'Joshi', 'Mehta', 'Shah', 'Desai', 'Kulkarni', 'Chatterjee', 'Banerjee', 'Mukherjee', 'Das', 'Bose', 'Pillai', 'Agarwal', 'Malhotra', 'Kapoor', 'Chopra', 'Saxena', 'Trivedi', 'Bhat', 'Naidu'];

const TR_GIVEN = ['Mehmet', 'Mustafa', 'Ahmet', 'Ali', 'Huseyin', 'Hasan', 'Ibrahim', 'Ismail', 'Osman', 'Yusuf', 'Murat', 'Emre', 'Burak', 'Serkan', 'Kemal', 'Cem', 'Oguz', 'Ayse', 'Fatma', 'Emine', 'Hatice', 'Zeynep', 'Elif', 'Merve', 'Selin', 'Tolga', 'Volkan', 'Onur'];
const TR_FAMILY = ['Yilmaz', 'Kaya', 'Demir', 'Sahin', 'Celik', 'Yildiz', 'Yildirim', 'Ozturk', 'Aydin', 'Ozdemir', 'Arslan', 'Dogan', 'Kilic', 'Aslan', 'Cetin', 'Kara', 'Koc', 'Kurt', 'Ozkan', 'Simsek', 'Polat', 'Korkmaz', 'Aksoy', 'Erdem', 'Gunes', 'Tekin', 'Bulut', 'Keskin'];

const FA_GIVEN = ['Mohammad', 'Ali', 'Reza', 'Hossein', 'Mehdi', 'Hamid', 'Saeed', 'Majid', 'Amir', 'Behrouz', 'Dariush', 'Farhad', 'Kourosh', 'Babak', 'Omid', 'Navid', 'Maryam', 'Zahra', 'Fatemeh', 'Shirin', 'Parisa', 'Leila', 'Nasrin', 'Mohammad Reza', 'Ali Akbar', 'Amir Hossein', 'Mohammad Hossein', 'Gholam Reza'];
const FA_FAMILY = ['Ahmadi', 'Mohammadi', 'Hosseini', 'Rezaei', 'Moradi', 'Karimi', 'Hashemi', 'Jafari', 'Rahimi', 'Kazemi', 'Sadeghi', 'Ghorbani', 'Tehrani', 'Esfahani', 'Shirazi', 'Najafi', 'Rostami', 'Alavi', 'Mousavi', 'Nazari', 'Akbari', 'Bagheri', 'Yazdani', 'Sharifi', 'Abbasi', 'Heydari', 'Farahani', 'Zamani'];

const JP_FAMILY = ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida', 'Yamada', 'Sasaki', 'Yamaguchi', 'Matsumoto', 'Inoue', 'Kimura', 'Hayashi', 'Shimizu', 'Yamazaki', 'Mori', 'Abe', 'Ikeda', 'Hashimoto', 'Ishikawa', 'Ogawa', 'Fujita', 'Okada', 'Goto', 'Hasegawa'];
const JP_GIVEN = ['Hiroshi', 'Takashi', 'Kenji', 'Yuki', 'Haruto', 'Sota', 'Daiki', 'Kenta', 'Takumi', 'Shota', 'Naoki', 'Akira', 'Kazuki', 'Yusuke', 'Ryo', 'Satoshi', 'Yui', 'Aoi', 'Hina', 'Sakura', 'Yoko', 'Keiko', 'Naomi', 'Emi', 'Mai', 'Ayumi', 'Tomoko', 'Makoto', 'Hideki', 'Masato'];

const ES_GIVEN = ['Jose', 'Juan', 'Carlos', 'Luis', 'Miguel', 'Jorge', 'Pedro', 'Antonio', 'Manuel', 'Francisco', 'Javier', 'Alejandro', 'Diego', 'Fernando', 'Ricardo', 'Maria', 'Ana', 'Carmen', 'Laura', 'Isabel', 'Lucia', 'Sofia', 'Elena', 'Rosa', 'Patricia', 'Jose Luis', 'Juan Carlos', 'Maria Jose', 'Luis Miguel', 'Ana Maria'];
const ES_FAMILY = ['Garcia', 'Rodriguez', 'Martinez', 'Lopez', 'Gonzalez', 'Hernandez', 'Perez', 'Sanchez', 'Ramirez', 'Torres', 'Flores', 'Rivera', 'Gomez', 'Diaz', 'Cruz', 'Morales', 'Ortiz', 'Gutierrez', 'Chavez', 'Ramos', 'Ruiz', 'Alvarez', 'Mendoza', 'Castillo', 'Jimenez', 'Moreno', 'Romero', 'Herrera', 'Medina', 'Aguilar', 'Vargas', 'Castro', 'Fernandez', 'Navarro', 'Dominguez'];

const WEST_GIVEN = ['James', 'John', 'Robert', 'Michael', 'William', 'David', 'Richard', 'Thomas', 'Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Susan', 'Hans', 'Klaus', 'Stefan', 'Thomas', 'Sabine', 'Claudia', 'Pierre', 'Jean', 'Francois', 'Sophie', 'Isabelle', 'Lars', 'Erik', 'Ingrid', 'Anders', 'Giovanni', 'Paolo', 'Francesca', 'Piotr', 'Tomasz', 'Agnieszka'];
const WEST_FAMILY = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Anderson', 'Mueller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Martin', 'Bernard', 'Dubois', 'Laurent', 'Lefebvre', 'Rossi', 'Russo', 'Ferrari', 'Bianchi', 'Nowak', 'Kowalski', 'Wisniewski', 'Jensen', 'Nielsen', 'Hansen', 'Johansson', 'Larsson'];

const AF_GIVEN = ['Chukwuemeka', 'Oluwaseun', 'Adebayo', 'Ngozi', 'Chinedu', 'Kwame', 'Kofi', 'Ama', 'Abena', 'Yaw', 'Babajide', 'Funmilayo', 'Tendai', 'Thabo', 'Sipho', 'Lindiwe', 'Wanjiru', 'Kamau', 'Otieno', 'Achieng', 'Emeka', 'Ifeanyi', 'Tunde', 'Folake'];
const AF_FAMILY = ['Okafor', 'Adeyemi', 'Okonkwo', 'Mensah', 'Asante', 'Boateng', 'Owusu', 'Adeleke', 'Eze', 'Nwosu', 'Okoro', 'Balogun', 'Moyo', 'Ndlovu', 'Dlamini', 'Nkosi', 'Mwangi', 'Ochieng', 'Kariuki', 'Njoroge', 'Oduya', 'Afolabi', 'Agyeman', 'Appiah'];

const WORDS = ['Meridian', 'Baltic', 'Sunrise', 'Northgate', 'Silverline', 'Evergreen', 'Blue Harbour', 'Crescent', 'Orion', 'Redwood', 'Atlas', 'Lakeside', 'Summit', 'Pioneer', 'Harmony', 'Horizon', 'Kestrel', 'Granite', 'Aurora', 'Westbrook', 'Zenith', 'Coral Bay', 'Ironbridge', 'Maple Leaf', 'Lotus', 'Phoenix', 'Cobalt', 'Amber', 'Falcon', 'Polaris', 'Sterling', 'Beacon', 'Anchor', 'Vertex', 'Keystone', 'Trident', 'Cedar', 'Oakwood', 'Riverside', 'Bright Star', 'Golden Gate', 'Silver Sea', 'Eastern Pearl', 'Royal Crown', 'Grand Ocean', 'Prime', 'Unity', 'Liberty', 'Victory', 'Sapphire'];
const KR_BUSINESS_WORDS = ['Mirae', 'Hana', 'Daehan', 'Hanil', 'Samil', 'Sejong', 'Hanbit', 'Saehan', 'Daeil', 'Kumho', 'Hanmi', 'Shinhan', 'Woori', 'Hanjin', 'Jeil', 'Sambo', 'Samyang', 'Taeyang', 'Haesung', 'Dongil', 'Daelim', 'Hyosung', 'Pungsan', 'Samwoo', 'Donga', 'Seoul', 'Busan', 'Hanguk', 'Daewon', 'Samhwa', 'Sunjin', 'Hanwha', 'Daesang', 'Ilshin', 'Kukje', 'Dongwon', 'Hansol', 'Samjin', 'Daedong', 'Cheonji', 'Mirae Asset', 'Hana Global', 'Daehan Marine', 'New Hanil', 'Samil Pacific'];
const CN_BUSINESS_WORDS = ['Huaxing', 'Jinlong', 'Hengda', 'Xinhua', 'Tianli', 'Haixin', 'Zhongtai', 'Dongsheng', 'Changcheng', 'Jinhai', 'Hongda', 'Yongsheng', 'Shenghua', 'Fuda', 'Longhai', 'Tianyuan', 'Baoli', 'Huatai', 'Jinyuan', 'Ruixiang'];
const CN_PLACES = ['Shenzhen', 'Shanghai', 'Ningbo', 'Qingdao', 'Guangzhou', 'Xiamen', 'Tianjin', 'Hangzhou', 'Suzhou', 'Wuhan', 'Dalian', 'Shantou'];
const AR_BUSINESS_WORDS = ['Al Noor', 'Al Baraka', 'Al Amal', 'Al Safwa', 'Al Fajr', 'Al Waha', 'Al Manar', 'Al Hilal', 'Al Khaleej', 'Al Yusr', 'Dar Al Salam', 'Bait Al Khair', 'Al Majd', 'Al Rawabi', 'Al Tawfiq'];
const BUSINESS = ['Textiles', 'Logistics', 'Trading', 'Shipping', 'Foods', 'Electronics', 'Holdings', 'Machinery', 'Pharmaceuticals', 'Consulting', 'Freight', 'Import Export', 'Seafood', 'Timber', 'Chemicals', 'Marine Services', 'Bank', 'Insurance', 'Software', 'Garments', 'Construction', 'Engineering', 'Steel', 'Energy', 'Motors', 'Precision', 'Industrial', 'Development', 'Investment', 'Capital', 'Technology', 'Shipbuilding', 'Cosmetics', 'Semiconductor', 'Medical', 'Securities', 'Paper', 'Cement', 'Plastics', 'Tours'];
const FORM = ['Ltd', 'Co., Ltd.', 'LLC', 'GmbH', 'S.A.', 'Pte Ltd', 'Inc.', 'Limited', 'Corp.', 'JSC', 'Co', 'Co Ltd', 'Corporation', 'Company'];

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const n = <T>(rand: Rand, xs: readonly T[]): T => pick(rand, xs);

/** One name-maker per nationality (or kind of company): the forms its documents write. */
export const WORLD_KINDS: Record<string, (rand: Rand) => string> = {
  arabic: (r) => {
    const female = r() < 0.2;
    const given = n(r, female ? ARAB_FEMALE : ARAB_MALE);
    const x = r();
    if (x < 0.35) return `${given} ${n(r, ARAB_MALE)} ${n(r, ARAB_FAMILY)}`;
    if (x < 0.55) return `${given} ${n(r, ARAB_MALE)} ${n(r, ARAB_MALE)} ${n(r, ARAB_FAMILY)}`;
    if (x < 0.7) return `${given} ${female ? 'bint' : 'bin'} ${n(r, ARAB_MALE)} ${n(r, ARAB_FAMILY)}`;
    if (x < 0.8) return `Abu ${n(r, ARAB_MALE)} ${n(r, ARAB_FAMILY)}`;
    if (x < 0.9) return `${given} ${n(r, ARAB_MALE)} ${n(r, ARAB_MALE)}`;
    return `${given} ${n(r, ARAB_FAMILY)}`;
  },
  chinese: (r) => {
    const family = n(r, CN_FAMILY);
    if (r() < 0.4) return `${family} ${cap(n(r, CN_GIVEN))}`;
    const [a, b] = [n(r, CN_GIVEN), n(r, CN_GIVEN)];
    const x = r();
    if (x < 0.5) return `${family} ${cap(a)}${b}`;
    if (x < 0.75) return `${family} ${cap(a)}-${b}`;
    if (x < 0.9) return `${family} ${cap(a)} ${cap(b)}`;
    return `${cap(a)}${b} ${family}`;
  },
  korean: (r) => {
    const family = n(r, KR_FAMILY);
    const [a, b] = [n(r, KR_GIVEN), n(r, KR_GIVEN)];
    const x = r();
    if (x < 0.45) return `${family} ${cap(a)}-${b}`;
    if (x < 0.7) return `${family} ${cap(a)}${b}`;
    if (x < 0.85) return `${cap(a)}-${b} ${family}`;
    return `${family} ${cap(a)} ${cap(b)}`;
  },
  russian: (r) => {
    const female = r() < 0.35;
    const given = n(r, female ? RU_FEMALE : RU_MALE);
    const father = n(r, RU_FATHER);
    const patronymic = father.replace(/[aiy]$/, '') + (/[iy]$/.test(father) ? (female ? 'evna' : 'evich') : (female ? 'ovna' : 'ovich'));
    const family = n(r, RU_FAMILY) + (female ? 'a' : '');
    const x = r();
    if (x < 0.5) return `${given} ${patronymic} ${family}`;
    if (x < 0.75) return `${family} ${given} ${patronymic}`;
    return `${given} ${family}`;
  },
  vietnamese: (r) => (r() < 0.8 ? `${n(r, VN_FAMILY)} ${n(r, VN_MIDDLE)} ${n(r, VN_GIVEN)}` : `${n(r, VN_FAMILY)} ${n(r, VN_GIVEN)}`),
  indian: (r) => (r() < 0.65 ? `${n(r, IN_GIVEN)} ${n(r, IN_FAMILY)}` : `${n(r, IN_GIVEN)} ${n(r, IN_MIDDLE)} ${n(r, IN_FAMILY)}`),
  turkish: (r) => (r() < 0.7 ? `${n(r, TR_GIVEN)} ${n(r, TR_FAMILY)}` : `${n(r, TR_GIVEN)} ${n(r, TR_GIVEN)} ${n(r, TR_FAMILY)}`),
  persian: (r) => (r() < 0.8 ? `${n(r, FA_GIVEN)} ${n(r, FA_FAMILY)}` : `${n(r, FA_GIVEN)} ${n(r, FA_FAMILY)}-${n(r, FA_FAMILY)}`),
  japanese: (r) => (r() < 0.6 ? `${n(r, JP_GIVEN)} ${n(r, JP_FAMILY)}` : `${n(r, JP_FAMILY)} ${n(r, JP_GIVEN)}`),
  spanish: (r) => {
    const given = n(r, ES_GIVEN);
    const [a, b] = [n(r, ES_FAMILY), n(r, ES_FAMILY)];
    const x = r();
    if (x < 0.6) return `${given} ${a} ${b}`;
    if (x < 0.8) return `${given} ${a}-${b}`;
    if (x < 0.9) return `${given} ${a} de ${b}`;
    return `${given} ${a}`;
  },
  western: (r) => (r() < 0.8 ? `${n(r, WEST_GIVEN)} ${n(r, WEST_FAMILY)}` : `${n(r, WEST_GIVEN)} ${n(r, WEST_GIVEN)} ${n(r, WEST_FAMILY)}`),
  african: (r) => (r() < 0.75 ? `${n(r, AF_GIVEN)} ${n(r, AF_FAMILY)}` : `${n(r, AF_GIVEN)} ${n(r, AF_GIVEN)} ${n(r, AF_FAMILY)}`),
  'company (ordinary words)': (r) => `${n(r, WORDS)} ${n(r, BUSINESS)} ${n(r, FORM)}`,
  'company (Korean words)': (r) => (r() < 0.8 ? `${n(r, KR_BUSINESS_WORDS)} ${n(r, BUSINESS)} ${n(r, FORM)}` : `${n(r, KR_BUSINESS_WORDS)} ${n(r, FORM)}`),
  'company (Chinese, Arabic)': (r) => (r() < 0.6
    ? `${n(r, CN_PLACES)} ${n(r, CN_BUSINESS_WORDS)} ${n(r, BUSINESS)} ${n(r, FORM)}`
    : `${n(r, AR_BUSINESS_WORDS)} ${n(r, BUSINESS)} ${n(r, FORM)}`),
};

/** A loose spelling key of a word: lower case, no al-/el- prefix, no vowels, no doubled letters. */
function key(word: string): string {
  return word.replace(/^(al|el)-?(?=\w{3})/, '').replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1') || word;
}
const wordsOf = (name: string): string[] => foldWords(name).flatMap((w) => w.split('-')).filter((w) => w.length > 0 && w !== 'al' && w !== 'el' && w !== 'bin' && w !== 'bint' && w !== 'abu' && w !== 'de');

function syllablesOf(name: string): Syllables | undefined {
  const out: Syllables = [];
  for (const w of wordsOf(name)) {
    const seg = segmentSyllables(w)[0];
    if (seg === undefined) return undefined;
    for (const s of seg) out.push(syllableReadings(s) ?? []);
  }
  return out;
}

/** The listed names, read once for the nearness test. */
export interface ListedNames {
  keys: Set<string>[];
  syllables: Syllables[];
}
export function readListed(names: readonly string[]): ListedNames {
  return {
    keys: names.map((x) => new Set(wordsOf(x).map(key))),
    syllables: names.map(syllablesOf).filter((s): s is Syllables => s !== undefined && s.length >= 2),
  };
}

/** Whether a name is a listed name or near one (every word of either within the other; two syllables shared). */
export function nearListed(name: string, listed: ListedNames, syllableNames: boolean): boolean {
  const q = new Set(wordsOf(name).map(key));
  for (const l of listed.keys) {
    if (l.size >= 2 && [...l].every((w) => q.has(w))) return true;
    if (q.size >= 1 && [...q].every((w) => l.has(w))) return true;
  }
  if (syllableNames) {
    const s = syllablesOf(name);
    if (s !== undefined && listed.syllables.some((l) => sharedSyllables(s, l) > 1)) return true;
  }
  return false;
}

/** `perKind` names of each kind, none listed or near a listed name, in a fixed order for a seed. */
export function worldNegatives(listedNames: readonly string[], rand: Rand, perKind: number): { kind: string; name: string }[] {
  const listed = readListed(listedNames);
  const out: { kind: string; name: string }[] = [];
  for (const [kind, make] of Object.entries(WORLD_KINDS)) {
    const seen = new Set<string>();
    const syllableNames = kind === 'korean' || kind === 'chinese';
    let guard = 0;
    while (seen.size < perKind && guard++ < perKind * 50) {
      const name = make(rand);
      if (seen.has(name) || nearListed(name, listed, syllableNames)) continue;
      seen.add(name);
      out.push({ kind, name });
    }
  }
  return out;
}

/** The default draw: seed and names a kind (2,250 names in all). */
export const WORLD_SEED = 40_417;
export const WORLD_PER_KIND = 150;

export interface KindTally { n: number; match: number; possible: number }

/** Each kind's tally of queries with a match, and with possible results only, by `screen` (any screener). */
export function tallyByKind(queries: readonly { kind: string; name: string }[], screen: (name: string) => readonly { band: string }[], onHit?: (kind: string, name: string) => void): Map<string, KindTally> {
  const out = new Map<string, KindTally>();
  for (const { kind, name } of queries) {
    const t = out.get(kind) ?? { n: 0, match: 0, possible: 0 };
    out.set(kind, t);
    const ms = screen(name);
    t.n++;
    if (ms.some((m) => m.band === 'match')) t.match++;
    else if (ms.length > 0) t.possible++;
    if (ms.length > 0) onHit?.(kind, name);
  }
  return out;
}

/** The tallies summed. */
export function allKinds(t: ReadonlyMap<string, KindTally>): KindTally {
  let all = { n: 0, match: 0, possible: 0 };
  for (const x of t.values()) all = { n: all.n + x.n, match: all.match + x.match, possible: all.possible + x.possible };
  return all;
}
